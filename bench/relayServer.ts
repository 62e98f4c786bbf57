/**
 * The floor: a minimal socket.io server that rebroadcasts every binary 'sync' payload to the
 * sender's room. No validation, no Yjs, no storage.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import { SOCKET_PATH } from '../shared/protocol.ts'

export interface RunningRelay {
  url: string
  close(): Promise<void>
}

export async function startRelayServer(): Promise<RunningRelay> {
  const httpServer = http.createServer()
  const io = new Server(httpServer, { path: SOCKET_PATH, serveClient: false })
  io.on('connection', (socket) => {
    const room = String((socket.handshake.auth as { room?: unknown }).room)
    void socket.join(room)
    socket.on('sync', (payload: unknown) => socket.to(room).emit('sync', payload))
    socket.on('joined', (ack: unknown) => (typeof ack === 'function' ? ack() : undefined))
  })
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
  const { port } = httpServer.address() as AddressInfo
  const close = () => new Promise<void>((resolve) => io.close(() => resolve()))
  return { url: `http://127.0.0.1:${port}`, close }
}
