/**
 * The board's cards, kept up to date from Yjs events: an update re-reads only the cards it touched,
 * so typing into one card of a 5,000-card board costs one card, not 5,000.
 */
import * as Y from 'yjs'
import { readCard } from '../../shared/board/accessors.ts'
import { getBoardRoots } from '../../shared/board/layout.ts'
import type { Card } from '../../shared/board/schema.ts'

const oldestFirst = (a: Card, b: Card) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)

function sameCard(a: Card, b: Card): boolean {
  const keys = Object.keys(a) as (keyof Card)[]
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/** The ids of the cards that a batch of deep events on the cards root touched. */
export function touchedCardIds(
  root: object,
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
): Set<string> {
  const ids = new Set<string>()
  for (const event of events) {
    if (event.target === root && event instanceof Y.YMapEvent)
      for (const key of event.keysChanged) ids.add(key)
    else if (typeof event.path[0] === 'string') ids.add(event.path[0])
  }
  return ids
}

/** A live list of a document's cards, oldest first; `cards()` keeps its identity until a card changes. */
export class IncrementalCards {
  private readonly byId = new Map<string, Card>()
  private list: Card[] = []
  private readonly root: Y.Map<Y.Map<unknown>>

  constructor(private readonly doc: Y.Doc) {
    this.root = getBoardRoots(doc).cards
    for (const id of this.root.keys()) this.reread(id)
    this.list = [...this.byId.values()].sort(oldestFirst)
  }

  cards(): Card[] {
    return this.list
  }

  /** Follows the document; calls `onChange` after each transaction that changed a card. */
  observe(onChange: () => void): () => void {
    const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (this.apply(touchedCardIds(this.root, events))) onChange()
    }
    this.root.observeDeep(handler)
    return () => this.root.unobserveDeep(handler)
  }

  /** Re-reads `ids`; true when the list changed. */
  apply(ids: ReadonlySet<string>): boolean {
    let reorder = false
    let changed = false
    for (const id of ids) {
      const before = this.byId.get(id)
      const after = this.reread(id)
      if (before === after) continue
      changed = true
      if (!before || !after || before.createdAt !== after.createdAt) reorder = true
    }
    if (!changed) return false
    this.list = reorder
      ? [...this.byId.values()].sort(oldestFirst)
      : this.list.map((card) => this.byId.get(card.id) ?? card)
    return true
  }

  /** The card now, the same object as before when none of its fields changed. */
  private reread(id: string): Card | undefined {
    const before = this.byId.get(id)
    const now = readCard(this.doc, id)
    if (!now) {
      this.byId.delete(id)
      return undefined
    }
    const kept = before && sameCard(before, now) ? before : now
    this.byId.set(id, kept)
    return kept
  }
}
