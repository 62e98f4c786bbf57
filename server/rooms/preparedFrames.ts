/**
 * One socket.io event sent to many sockets of a namespace, encoded and framed once. socket.io's own
 * broadcast prepares a packet's WebSocket frame once only when the packet is text; ours are binary
 * (shared/sync/socketParser.ts), so it would frame the same bytes again for every receiver and write
 * each as a header plus a payload (a corked writev). Here the frame is built once, as one buffer,
 * and each WebSocket receiver gets one write() of it through engine.io (which keeps its ordering and
 * drain bookkeeping); a socket on HTTP long-polling encodes the same packet its own way.
 */
import * as ws from 'ws'
import type { BoardSocket } from './types.ts'

type Namespace = BoardSocket['nsp']
type WriteOptions = Parameters<BoardSocket['conn']['write']>[1]

/** socket.io-parser's PacketType.EVENT: what `socket.emit` sends. */
const EVENT_PACKET = 2

interface FrameOptions {
  fin: boolean
  opcode: number
  mask: boolean
  readOnly: boolean
  rsv1: boolean
}
/** ws's framing, which @types/ws leaves out (socket.io's adapter calls the same). */
const { Sender } = ws as unknown as {
  Sender: { frame(data: Buffer, options: FrameOptions): Buffer[] }
}

/** The unmasked, final, binary WebSocket frame of `payload`, header and payload in one buffer. */
function binaryFrame(payload: Buffer): Buffer[] {
  const parts = Sender.frame(payload, {
    fin: true,
    opcode: 2,
    mask: false,
    readOnly: true,
    rsv1: false,
  })
  return [Buffer.concat(parts)]
}

/** Emits `event` with `args` to the sockets of `nsp` among `ids`, encoding the packet once. */
export function emitPrepared(
  nsp: Namespace,
  ids: readonly string[],
  event: string,
  ...args: unknown[]
): void {
  const encoded = nsp.server.encoder.encode({ type: EVENT_PACKET, data: [event, ...args], nsp: nsp.name })
  const [payload] = encoded
  // Only a single binary frame can be prepared; anything else goes the ordinary way.
  // engine.io's WebSocket transport writes `wsPreEncodedFrame` as is (socket.io's adapter sets it for text).
  const options = (
    encoded.length === 1 && Buffer.isBuffer(payload) ? { wsPreEncodedFrame: binaryFrame(payload) } : {}
  ) as WriteOptions
  for (const id of ids) {
    const socket = nsp.sockets.get(id)
    if (!socket) continue
    for (const packet of encoded) socket.conn.write(packet, options)
  }
}
