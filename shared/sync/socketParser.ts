/**
 * The socket.io parser both ends speak: every packet is one MessagePack frame. socket.io's default
 * parser sends an event with binary arguments as a header frame plus one frame per attachment, and
 * engine.io writes an attachment only after its header's write callback: a broadcast then writes
 * every header before any payload, twice the writes per delivery. One frame per packet halves them.
 * NOTE: notepack.io writes MessagePack `bin` (read back as binary on the other end) only from a
 * Buffer in Node and only from an ArrayBuffer in the browser; anything else becomes an extension or
 * a map of indices. Binary arguments are handed to it in the form its build takes.
 */
import * as msgpackParser from 'socket.io-msgpack-parser'

/** Node's Buffer, absent in the browser (the client bundle carries no polyfill). */
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer

/** A typed array as an ArrayBuffer of exactly its bytes (no copy when it views a whole buffer). */
function exactBuffer(view: ArrayBufferView): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = view
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer
  return new Uint8Array(buffer, byteOffset, byteLength).slice().buffer
}

/** Binary as this build of notepack.io writes it as `bin`; anything else unchanged. */
function asBinary(value: unknown): unknown {
  if (NodeBuffer) {
    if (NodeBuffer.isBuffer(value)) return value
    // A view over the same memory, not a copy.
    if (ArrayBuffer.isView(value)) return NodeBuffer.from(value.buffer, value.byteOffset, value.byteLength)
    if (value instanceof ArrayBuffer) return NodeBuffer.from(value)
    return value
  }
  return ArrayBuffer.isView(value) ? exactBuffer(value) : value
}

interface Packet {
  type: number
  nsp: string
  data?: unknown
  id?: number
}

/** Encodes a socket.io packet as one MessagePack frame. */
export class Encoder {
  private readonly inner = new msgpackParser.Encoder()

  encode(packet: Packet): unknown[] {
    const data = Array.isArray(packet.data) ? packet.data.map(asBinary) : packet.data
    return this.inner.encode({ ...packet, data }) as unknown as unknown[]
  }
}

/** Decodes one MessagePack frame into a socket.io packet; throws on anything else. */
export const Decoder = msgpackParser.Decoder

/** The parser, as socket.io's and socket.io-client's `parser` option takes it. */
export const socketParser = { Encoder, Decoder }
