/**
 * The authorship fields of the cards this participant makes: exactly those the server requires of
 * them (shared/debate/boardRules.ts refuseCreate), from the seat the server gave and the session.
 */
import type { Writer } from '../../shared/debate/boardRules.ts'
import { Format } from '../../shared/debate/formats.ts'
import { currentPhase, rulesNow, type SessionState } from '../../shared/debate/session.ts'
import type { CardInput, Stance } from '../../shared/board/schema.ts'
import { Role } from '../../shared/access.ts'
import type { Seat } from '../../shared/protocol.ts'

/** The fields of a new card that say who made it, for which team, in which phase. */
export type CardAuthorship = Pick<CardInput, 'authorId' | 'authorName' | 'team' | 'phaseId'>

/** Who writes, as the server's rules see this connection. */
export function writerOf(seat: Seat): Writer {
  return { moderator: seat.role === Role.Moderate, team: seat.team, authorId: seat.authorId }
}

/**
 * The authorship of a card made now: the seat's author id and team (none without a team), the
 * current phase on a board that has phases, and no name at all on an anonymous board.
 */
export function cardAuthorship(session: SessionState, seat: Seat, name: string): CardAuthorship {
  return {
    authorId: seat.authorId,
    authorName: session.anonymous ? '' : name,
    ...(seat.team ? { team: seat.team } : {}),
    ...(session.format === Format.Free ? {} : { phaseId: currentPhase(session).id }),
  }
}

/**
 * The stance the rules fix for this participant's new cards, if any: their team's, where the phase
 * makes each team argue its own side. The stance choice is then hidden rather than offered.
 */
export function fixedStance(session: SessionState, seat: Seat): Stance | null {
  const writer = writerOf(seat)
  if (writer.moderator || session.format === Format.Free || !rulesNow(session).ownSide) return null
  return writer.team
}
