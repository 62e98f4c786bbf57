/**
 * Per-socket rate limits, as a socket.io packet middleware: each inbound message costs one token
 * of the message bucket and its size in the byte bucket. A message that finds a bucket empty is
 * dropped; the sender hears RATE_LIMITED at most once a second (see rateLimitNotice.ts), and a socket
 * that keeps flooding is disconnected. Every event counts alike, whatever its name or payload.
 */
import type { Event } from 'socket.io'
import { ErrorCode } from '../../shared/errors.ts'
import type { Logger } from '../log.ts'
import type { BoardSocket } from '../rooms/types.ts'
import type { RateLimit } from './KeyedRateLimiter.ts'
import { noticeRateLimited } from './rateLimitNotice.ts'
import { TokenBucket } from './TokenBucket.ts'

export interface SocketGuardOptions {
  messages: RateLimit
  bytes: RateLimit
  /** Disconnect at the first drop past this many; the allowance refills over FLOOD_WINDOW_SECONDS. */
  floodDisconnectAfter: number
  /** The event names a client may send; any other is answered with MALFORMED_MESSAGE. */
  knownEvents: ReadonlySet<string>
}

/**
 * The window over which dropped messages add up to a flood. NOTE: counting drops "in a row" is not
 * enough: a bucket that refills lets a message through now and then, which would reset the count,
 * so a steady flood (15,800 presence messages in 5 s) was never disconnected.
 */
export const FLOOD_WINDOW_SECONDS = 10

/** The approximate size of a message's arguments: exact for binary and strings, JSON for the rest. */
export function estimatePayloadBytes(args: readonly unknown[]): number {
  let total = 0
  for (const arg of args) {
    if (arg instanceof Uint8Array) total += arg.byteLength
    else if (arg instanceof ArrayBuffer) total += arg.byteLength
    else if (typeof arg === 'string') total += arg.length
    else if (typeof arg === 'function') total += 1
    else {
      try {
        total += JSON.stringify(arg)?.length ?? 1
      } catch {
        total += 1
      }
    }
  }
  return total
}

/** A socket.io `socket.use` middleware that enforces `options` for one socket. */
export function createSocketGuard(
  socket: BoardSocket,
  options: SocketGuardOptions,
  logger: Logger,
): (packet: Event, next: (error?: Error) => void) => void {
  const messages = new TokenBucket(options.messages.burst, options.messages.perSecond)
  const bytes = new TokenBucket(options.bytes.burst, options.bytes.perSecond)
  // One token per drop the socket is forgiven, regained over the window: a short burst an honest
  // client may cause costs little, a sustained flood empties it. Made at the first drop: most sockets
  // never have one, and each idle socket would carry it (memory per connection, issue 12).
  let forgivenDrops: TokenBucket | undefined

  return ([event, ...args], next) => {
    const size = estimatePayloadBytes(args)
    // Both buckets are charged only when both have room, so a dropped message costs nothing.
    if (!messages.has(1) || !bytes.has(size)) {
      forgivenDrops ??= new TokenBucket(
        options.floodDisconnectAfter,
        options.floodDisconnectAfter / FLOOD_WINDOW_SECONDS,
      )
      if (forgivenDrops.take(1)) noticeRateLimited(socket, 'Too many messages: some were dropped. Slow down.')
      else disconnectFlooder(socket, logger)
      return
    }
    messages.take(1)
    bytes.take(size)
    if (typeof event !== 'string' || !options.knownEvents.has(event)) {
      // One reply per message, like any refusal: the message buckets above already bound these.
      socket.emit('board-error', {
        code: ErrorCode.MalformedMessage,
        message: 'The server does not know that event.',
      })
      return
    }
    next()
  }
}

function disconnectFlooder(socket: BoardSocket, logger: Logger) {
  logger.warn({ socketId: socket.id, boardId: socket.data.boardId }, 'socket disconnected for flooding')
  socket.emit('board-error', {
    code: ErrorCode.RateLimited,
    message: 'Too many messages: the connection was closed.',
  })
  socket.disconnect(true)
}
