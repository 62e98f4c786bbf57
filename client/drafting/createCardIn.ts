/** Makes a card from a passage of an article, where the rules send it now: the board, or drafts. */
import type * as Y from 'yjs'
import { readSource } from '../../shared/board/accessors.ts'
import { makeExcerpt } from '../../shared/board/excerpt.ts'
import { createCard, type CardFromExcerptInput } from '../../shared/board/mutators.ts'
import type { Stance } from '../../shared/board/schema.ts'
import { cardAuthorship } from './cardFields.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { LocalRefusal, type Refusal } from './canvasRules.ts'
import type { Drafting } from './useDrafting.ts'

/**
 * Adds a card citing [start, end) of a board article to `target` (the board, or drafts) and returns
 * its id. The article is read from `board` in both cases: drafts hold cards, never articles.
 */
export function createCardIn(target: Y.Doc, board: Y.Doc, input: CardFromExcerptInput): string {
  const { sourceId, start, end, ...card } = input
  const source = readSource(board, sourceId)
  if (!source) throw new RangeError(`no source ${sourceId} on this board`)
  return createCard(target, { ...card, excerpt: makeExcerpt(sourceId, source.text, start, end) })
}

/** A passage of a board article. */
export interface Passage {
  sourceId: string
  start: number
  end: number
}

/**
 * This participant's new card from a passage, in the document the canvas writes (the drafts in a
 * private phase) with the authorship the server requires, as one undo step of that document.
 * Returns its id, or the refusal the server would give, in which case nothing is written.
 */
export function createCardFromPassage(
  drafting: Pick<Drafting, 'seat' | 'session' | 'rules' | 'layer'>,
  board: Y.Doc,
  card: { stance: Stance; passage: Passage; position: { x: number; y: number }; name: string },
): { id: string } | { refusal: Refusal } {
  const { seat, layer } = drafting
  const refusal = drafting.rules.create(card.stance)
  if (refusal || !seat) return { refusal: refusal ?? NO_SEAT }
  layer.undoManager.stopCapturing()
  const id = createCardIn(layer.doc, board, {
    stance: card.stance,
    text: '',
    ...card.position,
    ...card.passage,
    ...cardAuthorship(drafting.session, seat, card.name),
  })
  layer.undoManager.stopCapturing()
  return { id }
}

const NO_SEAT: Refusal = { code: ErrorCode.Forbidden, message: LocalRefusal.NoSeat }
