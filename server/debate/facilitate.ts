/**
 * What a facilitation action does to a session: pure, so that every rule is one row of a table
 * test. The room writes the patch as a change of its own and carries out the effects.
 */
import { voteKindOf, type VoteKind } from '../../shared/debate/ballots.ts'
import { recordDecision, refuseDecision } from '../../shared/debate/decision.ts'
import type { FacilitationAction } from '../../shared/debate/facilitation.ts'
import { PHASE_RULES, type PhasePlan } from '../../shared/debate/formats.ts'
import {
  currentPhase,
  idleTimer,
  remainingMs,
  type SessionState,
  type TimerState,
} from '../../shared/debate/session.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'

/** What the room must do for an action. */
export interface FacilitationPlan {
  /** Fields of the session to write. */
  patch: Partial<SessionState>
  /** Move every drafts document onto the board before writing the patch. */
  reveal: boolean
  /** Blank the names on existing cards (anonymity was just turned on). */
  clearNames: boolean
  /** Tally this kind of vote into the session's results. */
  revealVotes?: VoteKind
}

type SessionAction = Exclude<FacilitationAction, { type: 'assign-team' }>

/**
 * What `action` does to `session` at server time `now`; throws BAD_REQUEST when it makes no sense now.
 * `cardOnBoard` tells which cards a decision may cite (none unless given).
 */
export function planFacilitation(
  session: SessionState,
  action: SessionAction,
  now: number,
  cardOnBoard: (cardId: string) => boolean = () => false,
): FacilitationPlan {
  switch (action.type) {
    case 'advance':
    case 'back':
      return movePhase(session, action.type === 'advance' ? 1 : -1)
    case 'rename-phase':
      return only({ phases: updatePhase(session, action.phaseId, (phase) => renamed(phase, action.name)) })
    case 'set-duration': {
      const phases = updatePhase(session, action.phaseId, (phase) => ({
        ...phase,
        durationSec: action.seconds,
      }))
      // The timer of the current phase follows its new duration unless it is already counting.
      const resetsTimer = currentPhase(session).id === action.phaseId && session.timer.status === 'idle'
      const timer = resetsTimer ? idleTimer(phases[session.phaseIndex]!, session.timer.lockOnEnd) : undefined
      return only({ phases, ...(timer ? { timer } : {}) })
    }
    case 'lock':
      return only({ locked: action.locked })
    case 'reveal':
      return { patch: {}, reveal: true, clearNames: false }
    case 'dot-budget':
      return only({ dotBudget: action.dots })
    case 'reveal-votes': {
      const kind = voteKindOf(session.format)
      if (kind !== action.vote)
        throw badRequest(
          kind ? `This board runs a ${kind} vote, not a ${action.vote} vote.` : 'This board runs no vote.',
        )
      return { patch: {}, reveal: false, clearNames: false, revealVotes: kind }
    }
    case 'decide': {
      const { type: _type, ...input } = action
      const refused = refuseDecision(session.format, input, cardOnBoard)
      if (refused) throw badRequest(refused)
      return only({ decision: recordDecision(input, now) })
    }
    case 'clear-decision':
      return only({ decision: null })
    case 'anonymous':
      return { patch: { anonymous: action.anonymous }, reveal: false, clearNames: action.anonymous }
    case 'spotlight':
      return only({
        spotlight:
          action.clientId === null ? null : { clientId: action.clientId, locked: action.locked ?? false },
      })
    case 'summon':
      return only({ summon: { seq: (session.summon?.seq ?? 0) + 1, clientId: action.clientId } })
    default:
      return only({ timer: nextTimer(session, action, now) })
  }
}

type TimerAction = Extract<SessionAction, { type: `timer-${string}` }>

/** The timer after a timer action at `now`. */
export function nextTimer(session: SessionState, action: TimerAction, now: number): TimerState {
  const { timer } = session
  const left = remainingMs(timer, now)
  switch (action.type) {
    case 'timer-start': {
      const lockOnEnd = action.lockOnEnd ?? timer.lockOnEnd
      if (left <= 0) throw badRequest('The timer has no time left: add time or reset it first.')
      return { status: 'running', endsAt: now + left, remainingMs: left, lockOnEnd }
    }
    case 'timer-pause':
      if (timer.status !== 'running') throw badRequest('The timer is not running.')
      return { ...timer, status: 'paused', endsAt: null, remainingMs: left }
    case 'timer-reset':
      return idleTimer(currentPhase(session), timer.lockOnEnd)
    case 'timer-add': {
      const added = Math.max(0, left + action.seconds * 1000)
      return timer.status === 'running'
        ? { ...timer, endsAt: now + added, remainingMs: added }
        : { ...timer, remainingMs: added }
    }
  }
}

function movePhase(session: SessionState, step: 1 | -1): FacilitationPlan {
  const index = session.phaseIndex + step
  if (index < 0) throw badRequest('This is already the first phase.')
  if (index >= session.phases.length) throw badRequest('This is already the last phase.')
  // Leaving a private phase forwards makes its drafts public; going back un-reveals nothing.
  const reveal = step === 1 && PHASE_RULES[currentPhase(session).kind].drafts
  const timer = idleTimer(session.phases[index]!, session.timer.lockOnEnd)
  return { patch: { phaseIndex: index, timer }, reveal, clearNames: false }
}

function updatePhase(session: SessionState, phaseId: string, update: (phase: PhasePlan) => PhasePlan) {
  if (!session.phases.some((phase) => phase.id === phaseId))
    throw badRequest(`This board has no phase "${phaseId}".`)
  return session.phases.map((phase) => (phase.id === phaseId ? update(phase) : phase))
}

function renamed(phase: PhasePlan, name: string): PhasePlan {
  const { name: _old, ...rest } = phase
  return name ? { ...rest, name } : rest
}

function only(patch: Partial<SessionState>): FacilitationPlan {
  return { patch, reveal: false, clearNames: false }
}

function badRequest(message: string): BoardError {
  return new BoardError(ErrorCode.BadRequest, message)
}
