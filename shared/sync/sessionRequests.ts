/**
 * The requests a client makes that are answered, not synced: a facilitation action, a ballot and
 * the server's time, each a socket.io event with an acknowledgement and a timeout.
 */
import type { Socket } from 'socket.io-client'
import type { Ballot, VoteResult } from '../debate/ballots.ts'
import type { FacilitationAction, FacilitationResult } from '../debate/facilitation.ts'
import { BoardError, ErrorCode } from '../errors.ts'
import type { ClientToServerEvents, ServerToClientEvents } from '../protocol.ts'

type BoardSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** How long an answer may take before the request counts as lost. */
const ANSWER_TIMEOUT_MS = 10_000

type Answer = FacilitationResult | VoteResult

/**
 * Emits one answered event; resolves with the successful answer, rejects with the server's BoardError,
 * or with BOARD_UNAVAILABLE when not connected (`notSent` says what was not sent) or not answered in time.
 */
async function ask<A extends Answer>(
  socket: BoardSocket,
  notSent: string,
  emit: (socket: ReturnType<BoardSocket['timeout']>) => Promise<unknown>,
): Promise<Extract<A, { ok: true }>> {
  if (!socket.connected) throw new BoardError(ErrorCode.BoardUnavailable, `Not connected: ${notSent}`)
  const result = (await emit(socket.timeout(ANSWER_TIMEOUT_MS)).catch(() => ({
    ok: false as const,
    error: { code: ErrorCode.BoardUnavailable, message: 'The server did not answer in time.' },
  }))) as A
  if (!result.ok) throw new BoardError(result.error.code, result.error.message)
  return result as Extract<A, { ok: true }>
}

/** Sends a facilitation action; resolves once applied, rejects with the server's BoardError otherwise. */
export async function requestFacilitation(socket: BoardSocket, action: FacilitationAction): Promise<void> {
  await ask<FacilitationResult>(socket, 'the action was not sent.', (timed) =>
    timed.emitWithAck('facilitate', action),
  )
}

/** Casts a ballot; resolves with the voter's own ballots once stored, rejects with the server's BoardError. */
export async function requestVote(socket: BoardSocket, ballot: Ballot): Promise<Ballot[]> {
  const answer = await ask<VoteResult>(socket, 'the ballot was not sent.', (timed) =>
    timed.emitWithAck('vote', ballot),
  )
  return answer.ballots
}

/** The voter's own ballots as stored; rejects with the server's BoardError. */
export async function requestOwnBallots(socket: BoardSocket): Promise<Ballot[]> {
  const answer = await ask<VoteResult>(socket, 'your ballots were not asked for.', (timed) =>
    timed.emitWithAck('ownBallots'),
  )
  return answer.ballots
}

/** The server's clock (ms since the epoch); rejects when no number comes back in time. */
export async function requestServerTime(socket: BoardSocket): Promise<number> {
  const now: unknown = await socket.timeout(ANSWER_TIMEOUT_MS).emitWithAck('clock')
  if (typeof now !== 'number' || !Number.isFinite(now)) throw new Error('no clock in the answer')
  return now
}
