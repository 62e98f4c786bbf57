/**
 * The changes an update makes to the arguments of a document that follows BOARD_DOCUMENT_SCHEMA
 * (the board, and every drafts document), as the debate's rules judge them
 * (shared/debate/boardRules.ts): cards made, edited and deleted; links and articles changed.
 * NOTE: this is the hot path. It reads the places the earlier checks resolved for the update's new
 * items and looks everything else up by id: one step per new item, and per struct of the document
 * the update's deletions cover (as Yjs applying them costs). Never a walk of the document.
 */
import * as Y from 'yjs'
import { RootType } from '../../../shared/board/layout.ts'
import type { BoardChange, CardFacts } from '../../../shared/debate/boardRules.ts'
import { ArgumentLocator, type Where } from './argumentPlaces.ts'
import type { Writes } from './placesAndValues.ts'
import { forEachStructIn, mergeRanges, type Range } from './structs.ts'
import type { DecodedUpdate, Struct } from './types.ts'

/**
 * The changes `decoded` makes to `doc`, once the structural, place and value checks have passed:
 * `order` is its structs in integration order and `writes` what checkPlacesAndValues resolved.
 */
export function listBoardChanges(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  order: readonly Struct[],
  writes: Writes,
): BoardChange[] {
  const locator = new ArgumentLocator(doc)
  const changes = new ChangeList(doc)
  const deletions = mergedDeletions(decoded)
  for (const struct of order) {
    if (!(struct instanceof Y.Item)) continue
    // Undefined: the document holds the item already; null: Yjs discards it.
    const place = writes.resolver.placeOf(struct)
    const parent = place && locator.ofContainer(place.container)
    if (!place || !parent) continue
    const held = writes.resolver.heldBy(struct)
    if (held) locator.hold(held, parent, struct)
    const alive = !(struct.content instanceof Y.ContentDeleted) && !covers(deletions, struct.id)
    changes.added(parent, place.key ?? '', struct, alive)
  }
  forEachDeletedItem(doc, deletions, (item) => {
    const parent = locator.ofType(item.parent as Y.AbstractType<unknown>)
    if (parent) changes.deleted(parent, item)
  })
  return changes.list()
}

/** A card the update makes: the first value it gives each field, and any further ones. */
interface NewCard {
  values: Map<string, unknown>
  /** A second value for a field (only a forged update gives one): judged as an edit. */
  more: { field: string; value: unknown }[]
}

/** The changes found so far, each recorded once: by card and field, by link, by article. */
class ChangeList {
  private readonly newCards = new Map<Y.Item, NewCard>()
  /** The document's cards edited: by the item holding each, the new values of each field. */
  private readonly edits = new Map<Y.Item, Map<string, unknown[]>>()
  private readonly deletedCards = new Set<Y.Item>()
  private readonly links = new Set<string>()
  /** Links removed, by key, with the cards each joined. */
  private readonly removedLinks = new Map<string, unknown>()
  /** Articles made, removed, and edited (by key, the fields written), each key once. */
  private readonly sourcesAdded = new Set<string>()
  private readonly sourcesRemoved = new Set<string>()
  private readonly sourcesEdited = new Map<string, Set<string>>()

  constructor(private readonly doc: Y.Doc) {}

  /** A new item of the update, under `key` of a type at `parent`; `alive` if it stays so once applied. */
  added(parent: Where, key: string, item: Y.Item, alive: boolean): void {
    if (parent.level !== 'root') {
      const value = alive && parent.level === 'entry' ? valueOf(item) : undefined
      return this.touched(parent, parent.level === 'entry' ? key : parent.field, value)
    }
    // A new entry under a key the root holds replaces the entry there (Yjs deletes it).
    const current = this.doc.share.get(parent.root)?._map.get(key)
    if (current && !current.deleted) this.removed(parent.root, current)
    if (alive) this.made(parent.root, key, item)
  }

  /** An item of the document, alive until the update deletes it. */
  deleted(parent: Where, item: Y.Item): void {
    if (parent.level === 'root') this.removed(parent.root, item)
    else this.touched(parent, parent.level === 'entry' ? (item.parentSub ?? '') : parent.field)
  }

  /** Every change found: cards made, edited, deleted, then links and articles changed. */
  list(): BoardChange[] {
    const changes: BoardChange[] = []
    for (const card of this.newCards.values()) changes.push(...cardCreation(card))
    for (const [entry, fields] of this.edits) {
      // Deleting a card deletes all it holds: that is the one card-delete, not edits.
      if (!this.deletedCards.has(entry)) changes.push(...cardEdits(factsOf(entry), fields))
    }
    const deletedKeys = new Set<string>()
    for (const entry of this.deletedCards) {
      changes.push({ kind: 'card-delete', card: factsOf(entry) })
      deletedKeys.add(keyOf(entry))
    }
    const links = new Set(this.links)
    for (const [key, link] of this.removedLinks) {
      // A link goes with the card it joins (deleteCards removes both): part of that card-delete.
      if (!joinsAny(link, deletedKeys)) links.add(key)
    }
    for (let i = 0; i < links.size; i++) changes.push({ kind: 'link-change' })
    for (let i = 0; i < this.sourcesAdded.size; i++) changes.push({ kind: 'source-add' })
    for (let i = 0; i < this.sourcesRemoved.size; i++) changes.push({ kind: 'source-remove' })
    for (const [key, fields] of this.sourcesEdited) {
      // Fields written into an article the same update removes are part of removing it.
      if (this.sourcesRemoved.has(key)) continue
      for (const field of fields) changes.push({ kind: 'source-edit', field })
    }
    return changes
  }

  private made(root: string, key: string, item: Y.Item): void {
    if (root === RootType.Cards && item.content instanceof Y.ContentType)
      this.newCards.set(item, { values: new Map(), more: [] })
    else if (root === RootType.Links) this.links.add(key)
    else if (root === RootType.Sources) this.sourcesAdded.add(key)
  }

  private removed(root: string, entry: Y.Item): void {
    if (root === RootType.Cards) this.deletedCards.add(entry)
    else if (root === RootType.Links) this.removedLinks.set(keyOf(entry), valueOf(entry)?.value)
    else if (root === RootType.Sources) this.sourcesRemoved.add(keyOf(entry))
  }

  /** Something written or deleted inside `field` of an entry; `value`, a new plain value of it. */
  private touched(where: Exclude<Where, { level: 'root' }>, field: string, value?: { value: unknown }) {
    const { entry } = where
    // Yjs deletes what lands in a deleted entry: it changes nothing.
    if (entry.deleted) return
    if (where.fresh) {
      // Inside an entry the update makes, everything is part of making it.
      const card = this.newCards.get(entry)
      if (card && value) addValue(card, field, value)
    } else if (where.root === RootType.Cards) {
      const fields = this.edits.get(entry) ?? new Map<string, unknown[]>()
      const values = fields.get(field) ?? []
      if (value) values.push(value.value)
      this.edits.set(entry, fields.set(field, values))
    } else if (where.root === RootType.Links) this.links.add(keyOf(entry))
    else if (where.root === RootType.Sources) {
      const fields = this.sourcesEdited.get(keyOf(entry)) ?? new Set<string>()
      this.sourcesEdited.set(keyOf(entry), fields.add(field))
    }
  }
}

/** The key of a root map's entry. */
function keyOf(entry: Y.Item): string {
  return entry.parentSub ?? ''
}

function addValue(card: NewCard, field: string, { value }: { value: unknown }): void {
  if (card.values.has(field)) card.more.push({ field, value })
  else card.values.set(field, value)
}

/** The card-create of a new card, and an edit for each further value a forged update gave a field. */
function cardCreation({ values, more }: NewCard): BoardChange[] {
  const read = (field: string) => asString(values.get(field))
  const created: BoardChange = {
    kind: 'card-create',
    stance: read('stance') ?? '',
    team: read('team'),
    authorId: read('authorId') ?? '',
    authorName: read('authorName') ?? '',
    phaseId: read('phaseId'),
  }
  const card: CardFacts = { stance: created.stance, authorId: created.authorId, phaseId: created.phaseId }
  return [
    created,
    ...more.map(({ field, value }): BoardChange => ({ kind: 'card-edit', field, card, value })),
  ]
}

/** One card-edit per field, or one per new value where the update gives the field values. */
function cardEdits(card: CardFacts, fields: Map<string, unknown[]>): BoardChange[] {
  const edits: BoardChange[] = []
  for (const [field, values] of fields) {
    if (values.length === 0) edits.push({ kind: 'card-edit', field, card })
    for (const value of values) edits.push({ kind: 'card-edit', field, card, value })
  }
  return edits
}

/** A card of the document as it holds it now, from the item holding the card. */
function factsOf(entry: Y.Item): CardFacts {
  const card = entry.content instanceof Y.ContentType ? entry.content.type : null
  const read = (field: string) => {
    const item = card?._map.get(field)
    return item && !item.deleted ? asString(item.content.getContent().at(-1)) : undefined
  }
  return { stance: read('stance') ?? '', authorId: read('authorId') ?? '', phaseId: read('phaseId') }
}

/** The one plain value an item holds (what Y.Map#set writes), if it holds one. */
function valueOf(item: Y.Item): { value: unknown } | undefined {
  const { content } = item
  return content instanceof Y.ContentAny && content.arr.length === 1 ? { value: content.arr[0] } : undefined
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** Whether a link's value joins one of `cards` (by key). */
function joinsAny(link: unknown, cards: ReadonlySet<string>): boolean {
  if (typeof link !== 'object' || link === null) return false
  const { from, to } = link as { from?: unknown; to?: unknown }
  return cards.has(asString(from) ?? '') || cards.has(asString(to) ?? '')
}

/** The update's deletions by client, sorted and merged, so that each clock is found by binary search. */
function mergedDeletions(decoded: DecodedUpdate): Map<number, Range[]> {
  const merged = new Map<number, Range[]>()
  decoded.ds.clients.forEach((ranges, client) => merged.set(client, mergeRanges(ranges)))
  return merged
}

/** Whether the deletions cover `id`. */
function covers(deletions: Map<number, Range[]>, id: Y.ID): boolean {
  const ranges = deletions.get(id.client) ?? []
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const range = ranges[middle]!
    if (id.clock < range.clock) high = middle - 1
    else if (id.clock >= range.clock + range.len) low = middle + 1
    else return true
  }
  return false
}

/** Calls `visit` on each item of the document, alive now, that the deletions cover. */
function forEachDeletedItem(doc: Y.Doc, deletions: Map<number, Range[]>, visit: (item: Y.Item) => void) {
  for (const [client, ranges] of deletions) {
    const structs = doc.store.clients.get(client)
    if (!structs) continue
    const state = Y.getState(doc.store, client)
    for (const range of ranges) {
      if (range.clock >= state) break
      forEachStructIn(structs, range, (struct) => {
        if (struct instanceof Y.Item && !struct.deleted) visit(struct)
        return true
      })
    }
  }
}
