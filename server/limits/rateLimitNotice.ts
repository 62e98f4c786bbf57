/**
 * The one RATE_LIMITED notice a socket hears per second, whichever limit dropped its messages: an
 * error per dropped message would let a flooder amplify its own traffic.
 */
import { ErrorCode } from '../../shared/errors.ts'
import type { BoardSocket } from '../rooms/types.ts'

const NOTICE_INTERVAL_MS = 1_000

// Weak, so that a closed socket's entry goes with it.
const lastNoticeAt = new WeakMap<BoardSocket, number>()

/** Sends `socket` a RATE_LIMITED board-error unless it got one less than a second ago. */
export function noticeRateLimited(socket: BoardSocket, message: string, now = Date.now()): void {
  if (now - (lastNoticeAt.get(socket) ?? -Infinity) < NOTICE_INTERVAL_MS) return
  lastNoticeAt.set(socket, now)
  socket.emit('board-error', { code: ErrorCode.RateLimited, message })
}
