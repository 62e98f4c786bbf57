/**
 * Per-socket rate limits, as a socket.io packet middleware: each inbound message costs one token
 * of the message bucket and its size in the byte bucket. A message that finds a bucket empty is
 * dropped; the sender hears RATE_LIMITED at most once a second (see rateLimitNotice.ts), and a socket
 * that keeps flooding is disconnected.
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
  /** Disconnect after this many messages in a row were dropped. */
  floodDisconnectAfter: number
  /** The event names a client may send; any other is answered with MALFORMED_MESSAGE. */
  knownEvents: ReadonlySet<string>
}

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
  let droppedInARow = 0

  return ([event, ...args], next) => {
    const size = estimatePayloadBytes(args)
    // Both buckets are charged only when both have room, so a dropped message costs nothing.
    const allowed = messages.has(1) && bytes.has(size)
    if (allowed) {
      messages.take(1)
      bytes.take(size)
    } else {
      droppedInARow++
      if (droppedInARow >= options.floodDisconnectAfter) {
        logger.warn({ socketId: socket.id, boardId: socket.data.boardId }, 'socket disconnected for flooding')
        socket.emit('board-error', {
          code: ErrorCode.RateLimited,
          message: 'Too many messages: the connection was closed.',
        })
        socket.disconnect(true)
        return
      }
      noticeRateLimited(socket, 'Too many messages: some were dropped. Slow down.')
      return
    }
    droppedInARow = 0
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
