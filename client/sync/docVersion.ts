/**
 * A count of a document's transactions, to tell cheaply whether it changed since a moment: re-reading
 * 5,000 cards to find out costs tens of milliseconds on the task that opens a big board.
 */
import type * as Y from 'yjs'

const counters = new WeakMap<Y.Doc, { transactions: number }>()

/** A number that changes with every transaction on `doc` (counted from the first call for it). */
export function docVersion(doc: Y.Doc): number {
  let counter = counters.get(doc)
  if (!counter) {
    const created = { transactions: 0 }
    // One listener per document for its whole life, however many stores ask.
    doc.on('afterTransaction', () => created.transactions++)
    counters.set(doc, created)
    counter = created
  }
  return counter.transactions
}
