/**
 * Lets go of each connection's handshake request once its address is read. socket.io keeps the first
 * HTTP request of every connection for as long as it lives (for middleware such as express-session),
 * and engine.io's upgrade response keeps it too, through a close listener on the TCP socket: headers,
 * parser and stream state, ~1.3 KiB per idle connection. We need only the client's address.
 */
import http from 'node:http'
import { remoteAddressOf } from '../limits/remoteAddress.ts'
import type { BoardServer } from './types.ts'

/** What engine.io opens a connection with; `request` may be set to null (socket.io then builds its handshake without headers). */
interface EngineConnection {
  request: http.IncomingMessage | null
}

/**
 * From now on, every connection's request is released as soon as engine.io opens the connection;
 * the returned map gives its client's address (X-Forwarded-For counted behind `trustProxyHops`)
 * by engine connection (`socket.conn`).
 */
export function releaseHandshakeRequests(io: BoardServer, trustProxyHops: number): WeakMap<object, string> {
  const addresses = new WeakMap<object, string>()
  const upgradeResponses = new WeakMap<http.IncomingMessage, { req: unknown }>()
  io.engine.use((request: http.IncomingMessage, response: unknown, next: () => void) => {
    // A WebSocket upgrade gets engine.io's own response object (a plain one has `req` for good).
    if (!(response instanceof http.ServerResponse) && hasRequest(response))
      upgradeResponses.set(request, response)
    next()
  })
  io.engine.on('connection', (connection: EngineConnection) => {
    const { request } = connection
    if (!request) return
    addresses.set(connection, remoteAddressOf(request, trustProxyHops))
    // NOTE: engine.io reads the response's `req` only while its middlewares run, before this point.
    const upgrade = upgradeResponses.get(request)
    if (upgrade) upgrade.req = null
    connection.request = null
  })
  return addresses
}

function hasRequest(response: unknown): response is { req: unknown } {
  return typeof response === 'object' && response !== null && 'req' in response
}
