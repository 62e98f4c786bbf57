/**
 * The reveal: every private draft moves onto the board in one transaction of the board document,
 * keeping each card's id, fields (author, team, phase, excerpt) and text, and the links between them.
 */
import * as Y from 'yjs'
import { getBoardRoots } from '../../shared/board/layout.ts'

/** Copies the cards and links of `drafts` into `board`, in the caller's transaction; returns how many cards. */
export function copyDrafts(board: Y.Doc, drafts: readonly Y.Doc[]): number {
  const target = getBoardRoots(board)
  let cards = 0
  for (const draft of drafts) {
    const source = getBoardRoots(draft)
    source.cards.forEach((card, id) => {
      target.cards.set(id, copyCard(card))
      cards++
    })
    source.links.forEach((link, id) => target.links.set(id, link))
  }
  return cards
}

/** Empties a drafts document of its cards and links, in the caller's transaction. */
export function clearDrafts(draft: Y.Doc): void {
  const { cards, links } = getBoardRoots(draft)
  for (const id of [...cards.keys()]) cards.delete(id)
  for (const id of [...links.keys()]) links.delete(id)
}

function copyCard(card: Y.Map<unknown>): Y.Map<unknown> {
  const copy = new Y.Map<unknown>()
  card.forEach((value, field) => {
    copy.set(field, value instanceof Y.Text ? new Y.Text(value.toString()) : value)
  })
  return copy
}
