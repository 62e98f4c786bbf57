/** Makes a card from a passage of an article, on the board or in a drafts document. */
import type * as Y from 'yjs'
import { readSource } from '../../shared/board/accessors.ts'
import { makeExcerpt } from '../../shared/board/excerpt.ts'
import { createCard, type CardFromExcerptInput } from '../../shared/board/mutators.ts'

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
