/**
 * What this participant may do on the canvas now, and why not: the server's own rule
 * (shared/debate/boardRules.ts refuseChange) asked with the local session and seat, so that the UI
 * disables exactly what the server would refuse.
 */
import { canEdit } from '../../shared/access.ts'
import type { Card, Stance } from '../../shared/board/schema.ts'
import {
  refuseChange,
  type BoardChange,
  type CardFacts,
  type ChangeTarget,
} from '../../shared/debate/boardRules.ts'
import type { SessionState } from '../../shared/debate/session.ts'
import { ErrorCode, type ErrorPayload } from '../../shared/errors.ts'
import type { Seat } from '../../shared/protocol.ts'
import { cardAuthorship, writerOf, type CardAuthorship } from './cardFields.ts'

/** Why something cannot be done: the server's code and sentence (translated by refusalText.ts). */
export type Refusal = ErrorPayload

/** What the canvas and the reader may do now; each answer is null when allowed. */
export interface CanvasRules {
  /** Where new cards and links go: the board, or this participant's drafts. */
  target: ChangeTarget
  create(stance: Stance): Refusal | null
  /** Writing in a card's text; `draft` says the card is in the drafts shown, not on the board. */
  edit(card: Card, draft: boolean): Refusal | null
  move(card: Card, draft: boolean): Refusal | null
  remove(card: Card, draft: boolean): Refusal | null
  /** Making or removing a link between two cards of the board (or of the drafts shown). */
  link(draft: boolean): Refusal | null
  addSource(): Refusal | null
}

/** The sentences of refusals this module adds to the server's (translated in refusalText.ts). */
export const LocalRefusal = {
  ReadOnly: 'Your link lets you watch this board, not change it.',
  NoSeat: 'Still joining the board: try again in a moment.',
  OtherLayer: 'These are the board’s cards: switch the view to the board to change them.',
  DraftsOpening: 'Your drafts are still opening: try again in a moment.',
} as const

export interface RulesInput {
  session: SessionState
  /** Who this connection is, once the server has said. */
  seat: Seat | undefined
  /** The name this participant goes by, carried by their cards unless the board is anonymous. */
  name: string
  /** Whether the canvas writes into drafts (a private phase, or a moderator viewing a team's drafts). */
  drafts: boolean
  /** Whether that drafts document is here yet (the server grants it when the seat allows). */
  draftsOpen?: boolean
}

/** Everything allowed: a canvas outside any debate (component tests, a free board's defaults). */
export const OPEN_RULES: CanvasRules = {
  target: 'board',
  create: () => null,
  edit: () => null,
  move: () => null,
  remove: () => null,
  link: () => null,
  addSource: () => null,
}

/** The rules of the canvas for `input`; a link that cannot edit, or no seat yet, may do nothing. */
export function canvasRules(input: RulesInput): CanvasRules {
  const { session, seat, name, drafts } = input
  if (!seat || !canEdit(seat.role)) {
    const refusal = { code: ErrorCode.Forbidden, message: seat ? LocalRefusal.ReadOnly : LocalRefusal.NoSeat }
    return refuseEverything(drafts ? 'drafts' : 'board', refusal)
  }
  if (drafts && input.draftsOpen === false)
    return refuseEverything('drafts', { code: ErrorCode.PhaseLocked, message: LocalRefusal.DraftsOpening })
  const writer = writerOf(seat)
  const target: ChangeTarget = drafts ? 'drafts' : 'board'
  const ask = (where: ChangeTarget, change: BoardChange) => refuseChange(session, writer, where, change)
  /** A card of the other document than the one written: the board's, shown under the drafts. */
  const onCard = (card: Card, draft: boolean, change: (facts: CardFacts) => BoardChange) => {
    const where: ChangeTarget = draft ? 'drafts' : 'board'
    const refusal = ask(where, change(factsOf(card)))
    if (refusal || where === target) return refusal
    return { code: ErrorCode.PhaseLocked, message: LocalRefusal.OtherLayer }
  }
  return {
    target,
    create: (stance) => ask(target, creation(stance, cardAuthorship(session, seat, name))),
    edit: (card, draft) =>
      onCard(card, draft, (facts) => ({ kind: 'card-edit', field: 'text', card: facts })),
    move: (card, draft) => onCard(card, draft, (facts) => ({ kind: 'card-edit', field: 'x', card: facts })),
    remove: (card, draft) => onCard(card, draft, (facts) => ({ kind: 'card-delete', card: facts })),
    link: (draft) => {
      const refusal = ask(draft ? 'drafts' : 'board', { kind: 'link-change' })
      if (refusal || draft === drafts) return refusal
      return { code: ErrorCode.PhaseLocked, message: LocalRefusal.OtherLayer }
    },
    // Articles live on the board, whatever the canvas shows.
    addSource: () => ask('board', { kind: 'source-add' }),
  }
}

function creation(stance: Stance, fields: CardAuthorship): BoardChange {
  const { authorId, authorName, team, phaseId } = fields
  return { kind: 'card-create', stance, authorId, authorName, team, phaseId }
}

function factsOf(card: Card): CardFacts {
  return { stance: card.stance, authorId: card.authorId, phaseId: card.phaseId }
}

function refuseEverything(target: ChangeTarget, refusal: Refusal): CanvasRules {
  const refuse = () => refusal
  return {
    target,
    create: refuse,
    edit: refuse,
    move: refuse,
    remove: refuse,
    link: refuse,
    addSource: refuse,
  }
}
