/**
 * One socket.io event sent to many sockets of a namespace, encoded and framed once. socket.io's own
 * broadcast prepares a packet's WebSocket frame once only when the packet is text; ours are binary
 * (shared/sync/socketParser.ts), so it would frame the same bytes again for every receiver and write
 * each as a header plus a payload (a corked writev). Here the frame is built once, as one buffer,
 * and each WebSocket receiver gets one write() of it. When engine.io holds nothing for that socket the
 * frame goes straight to ws's sender, the very call engine.io would end with, without its packet
 * objects, events and write callbacks (half of a delivery's JavaScript); otherwise it goes through
 * engine.io, behind what it holds, so order is kept. A socket on HTTP long-polling encodes the same
 * packet its own way.
 */
import * as ws from 'ws'
import type { BoardSocket } from './types.ts'

type Namespace = BoardSocket['nsp']
type Conn = BoardSocket['conn']
type WriteOptions = Parameters<Conn['write']>[1]

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
  const frame = encoded.length === 1 && Buffer.isBuffer(payload) ? binaryFrame(payload) : undefined
  const options = (frame ? { wsPreEncodedFrame: frame } : {}) as WriteOptions
  for (const id of ids) {
    const socket = nsp.sockets.get(id)
    if (!socket) continue
    if (frame && writeFrame(socket.conn, frame)) continue
    for (const packet of encoded) socket.conn.write(packet, options)
  }
}

/** What engine.io's WebSocket transport and ws's sender hold, which their types leave out. */
interface WebSocketTransport {
  name: string
  writable: boolean
  socket: { readyState: number; _sender: { sendFrame(frame: Buffer[]): void } }
}

/** ws's WebSocket.OPEN. */
const WS_OPEN = 1

/** What decides whether a frame may skip engine.io, read from an engine.io socket. */
export interface EngineSocketState {
  /** engine.io's readyState is 'open'. */
  open: boolean
  /** Packets engine.io holds, waiting for its write in progress to finish. */
  queued: number
  transport: string
  /** No engine.io write is waiting for its callback (with compression, ws may still hold it). */
  writable: boolean
  webSocketOpen: boolean
}

/**
 * Whether a frame may go straight to the WebSocket: only when engine.io holds nothing for it, so that
 * it is written after everything sent before it and before anything sent after it.
 */
export function mayWriteDirectly(state: EngineSocketState): boolean {
  return (
    state.open &&
    state.queued === 0 &&
    state.transport === 'websocket' &&
    state.writable &&
    state.webSocketOpen
  )
}

/**
 * Writes a prepared frame with ws's sender, the call engine.io's transport ends with, when
 * mayWriteDirectly allows; returns false when engine.io must take the packet instead.
 */
function writeFrame(conn: Conn, frame: Buffer[]): boolean {
  const transport = conn.transport as unknown as WebSocketTransport
  const state: EngineSocketState = {
    open: conn.readyState === 'open',
    queued: (conn as unknown as { writeBuffer: unknown[] }).writeBuffer.length,
    transport: transport.name,
    writable: transport.writable,
    webSocketOpen: transport.socket?.readyState === WS_OPEN,
  }
  if (!mayWriteDirectly(state)) return false
  transport.socket._sender.sendFrame(frame)
  return true
}
