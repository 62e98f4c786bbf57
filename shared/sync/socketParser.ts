/**
 * The socket.io parser both ends speak: every packet is one MessagePack frame. socket.io's default
 * parser sends an event with binary arguments as a header frame plus one frame per attachment, and
 * engine.io writes an attachment only after its header's write callback: a broadcast then writes
 * every header before any payload, twice the writes per delivery. One frame per packet halves them.
 * NOTE: the browser build of notepack.io encodes only an ArrayBuffer as binary (a Uint8Array would
 * become a map of its indices), so typed arrays are handed to it as the ArrayBuffer they view.
 */
import * as msgpackParser from 'socket.io-msgpack-parser'

/** A typed array as an ArrayBuffer of exactly its bytes (no copy when it views a whole buffer). */
function exactBuffer(view: ArrayBufferView): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = view
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer
  return new Uint8Array(buffer, byteOffset, byteLength).slice().buffer
}

function withArrayBuffers(value: unknown): unknown {
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
    const data = Array.isArray(packet.data) ? packet.data.map(withArrayBuffers) : packet.data
    return this.inner.encode({ ...packet, data }) as unknown as unknown[]
  }
}

/** Decodes one MessagePack frame into a socket.io packet; throws on anything else. */
export const Decoder = msgpackParser.Decoder

/** The parser, as socket.io's and socket.io-client's `parser` option takes it. */
export const socketParser = { Encoder, Decoder }
