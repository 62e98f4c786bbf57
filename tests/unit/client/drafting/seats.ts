/** Seats and sessions for the drafting tests: each link's seat, and a session in a given phase. */
import { Role } from '../../../../shared/access.ts'
import type { Format } from '../../../../shared/debate/formats.ts'
import { initialSession, type SessionState } from '../../../../shared/debate/session.ts'
import type { Seat } from '../../../../shared/protocol.ts'

/** The seat a link of `role` gives, with the team and drafts the server derives for it. */
export function seatOf(role: Seat['role'], patch: Partial<Seat> = {}): Seat {
  const team = role === Role.Bull ? 'bull' : role === Role.Bear ? 'bear' : null
  const drafts = team ? `drafts/${team}` : role === Role.Edit ? 'drafts/p-person' : null
  return { role, team, authorId: `author-${role}`, participantId: `participant-${role}`, drafts, ...patch }
}

/** A `format` session in the phase with id `phaseId`. */
export function sessionIn(format: Format, phaseId: string, patch: Partial<SessionState> = {}): SessionState {
  const session = initialSession(format)
  const phaseIndex = session.phases.findIndex((phase) => phase.id === phaseId)
  if (phaseIndex === -1) throw new Error(`no phase ${phaseId} in ${format}`)
  return { ...session, phaseIndex, ...patch }
}
