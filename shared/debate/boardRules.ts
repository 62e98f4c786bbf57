/**
 * Who may do what to the arguments of a board, phase by phase: the decision the server's update
 * policy makes for each change an update holds (one row per rule in boardRules.test.ts). Pure:
 * the policy says what an update does; this says whether the writer may do it now.
 */
import type { Team } from '../access.ts'
import { ErrorCode, type ErrorPayload } from '../errors.ts'
import { Format } from './formats.ts'
import { currentPhase, rulesNow, type SessionState } from './session.ts'

/** The card a change touches, as the document holds it before the change. */
export interface CardFacts {
  stance: string
  authorId: string
  /** The phase the card was made in; cards made before phases existed have none. */
  phaseId: string | undefined
}

/** One change an update makes to the arguments of a board (or of a drafts document). */
export type BoardChange =
  | {
      kind: 'card-create'
      stance: string
      team: string | undefined
      authorId: string
      authorName: string
      phaseId: string | undefined
    }
  | { kind: 'card-edit'; field: string; card: CardFacts; value?: unknown }
  | { kind: 'card-delete'; card: CardFacts }
  | { kind: 'link-change' }
  /** A new article. */
  | { kind: 'source-add' }
  /** An article removed from the board. */
  | { kind: 'source-remove' }
  /** A field of an existing article written: its title (rename), position (reorder), text… */
  | { kind: 'source-edit'; field: string }

/** Who writes: what the server knows of the connection. */
export interface Writer {
  moderator: boolean
  team: Team | null
  /** The author id the server derived for this participant on this board. */
  authorId: string
}

/** Where a change lands: the shared board, or the writer's private drafts (shared with the team). */
export type ChangeTarget = 'board' | 'drafts'

/** Fields that place a card rather than argue it: moving one is not editing it. */
const PLACEMENT_FIELDS: ReadonlySet<string> = new Set(['x', 'y', 'width'])
/** Fields a card keeps from its creation: who made it, for which side, when. */
const FIXED_FIELDS: ReadonlySet<string> = new Set(['stance', 'team', 'authorId', 'phaseId', 'createdAt'])

/**
 * Why `writer` may not make `change` on `target` in the session's current phase, or null when it
 * may. Moderators always may; a free board keeps no phases, teams or authorship, only the lock.
 */
export function refuseChange(
  session: SessionState,
  writer: Writer,
  target: ChangeTarget,
  change: BoardChange,
): ErrorPayload | null {
  if (writer.moderator) return null
  // Managing the articles everyone cites is the moderator's, on every board (a free one included).
  if (change.kind === 'source-remove' || change.kind === 'source-edit')
    return forbidden('Only the moderator can remove, rename or reorder articles.')
  // The lock is the moderator's "hands off" on any board, a free one included.
  if (session.locked) return phaseLocked('The moderator has locked the board.')
  if (session.format === Format.Free) return null
  const rules = rulesNow(session)
  if (target === 'drafts' && !rules.drafts) return phaseLocked('Private drafting is over in this phase.')
  if (target === 'board' && rules.drafts)
    return phaseLocked('This is a private phase: draft with your team until the reveal.')
  switch (change.kind) {
    case 'card-create':
      return refuseCreate(session, writer, change)
    case 'card-edit':
      return refuseEdit(session, writer, target, change)
    case 'card-delete':
      return refuseOwnCardChange(session, writer, target, change.card, 'remove')
    case 'link-change':
      return rules.links ? null : phaseLocked('Links cannot be made or removed in this phase.')
    case 'source-add':
      return rules.sources ? null : phaseLocked('Articles cannot be added in this phase.')
  }
}

function refuseCreate(
  session: SessionState,
  writer: Writer,
  change: Extract<BoardChange, { kind: 'card-create' }>,
): ErrorPayload | null {
  const rules = rulesNow(session)
  if (!isAllowedStance(session, change.stance))
    return rules.stances.length === 0
      ? phaseLocked('New cards cannot be made in this phase.')
      : phaseLocked(`Only ${rules.stances.join(' and ')} cards can be made in this phase.`)
  if (writer.team && rules.ownSide && change.stance !== writer.team)
    return forbidden(`Your team argues the ${writer.team} side: make ${writer.team} cards.`)
  if ((change.team ?? null) !== writer.team)
    return forbidden('A card must carry its author’s team, and no other.')
  if (change.authorId !== writer.authorId) return forbidden('A card must carry its author’s own id.')
  if (change.phaseId !== currentPhase(session).id)
    return forbidden('A card must carry the phase it is made in.')
  if (session.anonymous && change.authorName !== '')
    return forbidden('Authors are anonymous on this board: a card carries no name.')
  return null
}

function refuseEdit(
  session: SessionState,
  writer: Writer,
  target: ChangeTarget,
  change: Extract<BoardChange, { kind: 'card-edit' }>,
): ErrorPayload | null {
  const placing = PLACEMENT_FIELDS.has(change.field)
  if (placing && rulesNow(session).moveAny) return null
  if (FIXED_FIELDS.has(change.field))
    return forbidden('A card’s side, team, author and phase cannot be changed.')
  if (change.field === 'authorName' && session.anonymous && change.value !== '')
    return forbidden('Authors are anonymous on this board: a card carries no name.')
  return refuseOwnCardChange(session, writer, target, change.card, placing ? 'move' : 'change')
}

const PAST_TENSE = { change: 'changed', move: 'moved', remove: 'removed' } as const

/** Editing, moving or removing a card: its author's (or, in drafts, the team's), in a phase that allows it. */
function refuseOwnCardChange(
  session: SessionState,
  writer: Writer,
  target: ChangeTarget,
  card: CardFacts,
  verb: keyof typeof PAST_TENSE,
): ErrorPayload | null {
  const rules = rulesNow(session)
  if (target === 'board' && card.authorId !== writer.authorId)
    return forbidden(`Only its author or the moderator can ${verb} this card.`)
  if (!isAllowedStance(session, card.stance))
    return phaseLocked(`Cards of this side cannot be ${PAST_TENSE[verb]} in this phase.`)
  // Moving a card rewrites none of its argument: a rebuttal phase may lay out older cards.
  if (verb !== 'move' && rules.editOwn === 'this-phase' && card.phaseId !== currentPhase(session).id)
    return phaseLocked('Only cards made in this phase can be changed now: add a rebuttal instead.')
  return null
}

function isAllowedStance(session: SessionState, stance: string): boolean {
  return (rulesNow(session).stances as readonly string[]).includes(stance)
}

function phaseLocked(message: string): ErrorPayload {
  return { code: ErrorCode.PhaseLocked, message }
}

function forbidden(message: string): ErrorPayload {
  return { code: ErrorCode.Forbidden, message }
}
