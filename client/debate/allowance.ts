/**
 * What the phase banner says a person may do now, worded for their seat: a participant hears what
 * they may do, a moderator what the participants may do, an observer that they watch, the projector
 * what the room is doing. Pure, so that
 * every seat and phase is one row of a table test.
 */
import { Role, Team } from '../../shared/access.ts'
import { DraftScope, PhaseKind } from '../../shared/debate/formats.ts'
import type { SessionState } from '../../shared/debate/session.ts'
import type { Seat } from '../../shared/protocol.ts'
import type { DebateStringKey } from './strings.ts'

type SeatFacts = Pick<Seat, 'role' | 'team' | 'drafts'>
type SessionFacts = Pick<SessionState, 'phases' | 'phaseIndex' | 'locked' | 'draftScope'>

/** The string key of what `seat` may do in the session's current phase. */
export function allowanceKey(session: SessionFacts, seat: SeatFacts): DebateStringKey {
  if (seat.role === Role.Projector) return projectorAllowance(session)
  if (seat.role === Role.View) return 'watchOnly'
  if (seat.role === Role.Moderate) return moderatorAllowance(session)
  if (session.locked) return 'mayLocked'
  return participantAllowance(session, seat)
}

function participantAllowance(session: SessionFacts, seat: SeatFacts): DebateStringKey {
  const bull = seat.team === Team.Bull
  const bear = seat.team === Team.Bear
  const kind = kindNow(session)
  switch (kind) {
    case PhaseKind.Draft:
      // A participant without a team drafts alone even where teams draft together.
      if (!seat.drafts) return 'mayDraftNoTeam'
      return session.draftScope === DraftScope.Team && seat.team ? 'mayDraftTeam' : 'mayDraftOwn'
    case PhaseKind.Argue:
      return bull ? 'mayArgueBull' : bear ? 'mayArgueBear' : 'mayArgueAny'
    case PhaseKind.BullCase:
      return bear ? 'mayWaitBull' : 'mayBullCase'
    case PhaseKind.BearCase:
      return bull ? 'mayWaitBear' : 'mayBearCase'
    case PhaseKind.Rebuttal:
      return 'mayRebuttal'
    case PhaseKind.Cluster:
      return 'mayCluster'
    case PhaseKind.Discuss:
      return bull ? 'mayDiscussBull' : bear ? 'mayDiscussBear' : 'mayDiscussAny'
    case PhaseKind.Vote:
      return 'mayVote'
    case PhaseKind.Result:
      return 'mayResult'
    case PhaseKind.Open:
      return 'mayOpen'
  }
}

const MODERATOR_ALLOWANCE: Readonly<Record<PhaseKind, DebateStringKey>> = {
  draft: 'modDraftTeam',
  argue: 'modArgue',
  'bull-case': 'modBullCase',
  'bear-case': 'modBearCase',
  rebuttal: 'modRebuttal',
  cluster: 'modCluster',
  discuss: 'modDiscuss',
  vote: 'modVote',
  result: 'modResult',
  open: 'modOpen',
}

function moderatorAllowance(session: SessionFacts): DebateStringKey {
  if (session.locked) return 'modLocked'
  const kind = kindNow(session)
  if (kind === PhaseKind.Draft && session.draftScope === DraftScope.Person) return 'modDraftPerson'
  return MODERATOR_ALLOWANCE[kind]
}

/** The projector tells the room what is going on, as the moderator hears it but about nobody in particular. */
function projectorAllowance(session: SessionFacts): DebateStringKey {
  if (session.locked) return 'mayLocked'
  const kind = kindNow(session)
  if (kind === PhaseKind.Draft)
    return session.draftScope === DraftScope.Person ? 'roomDraftPerson' : 'roomDraftTeam'
  return MODERATOR_ALLOWANCE[kind]
}

function kindNow(session: SessionFacts): PhaseKind {
  return session.phases[session.phaseIndex]!.kind
}
