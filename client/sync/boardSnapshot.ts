/** Immutable snapshots of a board document that keep unchanged cards identical between versions. */
import type * as Y from 'yjs'
import { readCards, readLinks, readMeta, readSources } from '../../shared/board/accessors.ts'
import type { BoardMeta, Card, Link, Source } from '../../shared/board/schema.ts'
import { getBoardRoots } from '../../shared/board/layout.ts'
import { IncrementalCards } from './incrementalCards.ts'
import { docVersion } from './docVersion.ts'

export interface BoardSnapshot {
  meta: BoardMeta
  sources: Source[]
  cards: Card[]
  links: Link[]
}

function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[]
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/** `next`, with every element equal to its predecessor (same id, same fields) replaced by it. */
function reuseUnchanged<T extends { id: string }>(previous: readonly T[], next: T[]): T[] {
  const byId = new Map(previous.map((item) => [item.id, item]))
  const merged = next.map((item) => {
    const old = byId.get(item.id)
    return old && shallowEqual(old, item) ? old : item
  })
  const same = merged.length === previous.length && merged.every((item, i) => item === previous[i])
  return same ? (previous as T[]) : merged
}

/**
 * Reads a board and its control document into a snapshot, sharing every unchanged part with `previous`.
 * `cards`, when given, is the cards already kept up to date (see IncrementalCards) instead of read anew.
 */
export function readBoardSnapshot(
  doc: Y.Doc,
  control: Y.Doc,
  previous?: BoardSnapshot,
  cards?: Card[],
): BoardSnapshot {
  const meta = readMeta(control)
  const next: BoardSnapshot = {
    meta: previous && shallowEqual(previous.meta, meta) ? previous.meta : meta,
    sources: reuseUnchanged(previous?.sources ?? [], readSources(doc)),
    cards: cards ?? reuseUnchanged(previous?.cards ?? [], readCards(doc)),
    links: reuseUnchanged(previous?.links ?? [], readLinks(doc)),
  }
  return previous && shallowEqual(previous, next) ? previous : next
}

/**
 * A store over a board and its control document for useSyncExternalStore: a new snapshot after each
 * change, the same one otherwise. `followed`, when given, is the board's cards kept up to date for as
 * long as the document lives (BoardSession's): the store then neither reads nor follows them itself.
 */
export function createBoardStore(doc: Y.Doc, control: Y.Doc, followed?: IncrementalCards) {
  // The version of the document `cards` is known to match while nobody follows it.
  let cardsRead = docVersion(doc)
  const cards = followed ?? new IncrementalCards(doc)
  let snapshot = readBoardSnapshot(doc, control, undefined, cards.cards())
  return {
    subscribe(onChange: () => void) {
      const onUpdate = () => {
        const previous = snapshot
        snapshot = readBoardSnapshot(doc, control, snapshot, cards.cards())
        if (snapshot !== previous) onChange()
      }
      // Cards are re-read from the events' paths, before the update event reads the rest.
      const stopCards = followed ? () => undefined : cards.observe(() => undefined)
      doc.on('update', onUpdate)
      control.on('update', onUpdate)
      // NOTE: the docs may have changed between the render that created this store and this subscription.
      if (!followed && docVersion(doc) !== cardsRead)
        cards.apply(new Set([...getBoardRoots(doc).cards.keys(), ...cards.cards().map((card) => card.id)]))
      onUpdate()
      return () => {
        cardsRead = docVersion(doc)
        stopCards()
        doc.off('update', onUpdate)
        control.off('update', onUpdate)
      }
    },
    getSnapshot: () => snapshot,
  }
}
