/** Every new item lands in a place its document's schema has, with content that fits that place. */
import * as Y from 'yjs'
import type { DocumentSchema, TextRule } from '../../../shared/board/documentSchemas.ts'
import { checkContent } from './contents.ts'
import { PlaceResolver, type Place } from './places.ts'
import { lookUpSlot, type Container } from './slots.ts'
import { newLength, refuse } from './structs.ts'
import type { Struct, StructIndex } from './types.ts'

/** What the update writes, for the checks that add its writes up. */
export interface Writes {
  resolver: PlaceResolver
  /** Characters each text gains, before any deletion. */
  insertedCharacters: Map<Container, { rule: TextRule; inserted: number }>
  /** Keys each root map gains that it does not hold (alive) now. */
  newEntries: Map<string, Set<string>>
}

/** Whether the root map holds `key` now, not deleted. */
function holdsAlive(root: Container, key: string): boolean {
  const item = root.type?._map.get(key)
  return item !== undefined && !item.deleted
}

/**
 * Refuses a struct that continues a known one (it overlaps the client's state) somewhere else.
 * NOTE: Yjs integrates the new part of such a struct right after the known struct before it, but
 * under the parent its own origins give: different places would tear the document's lists, and
 * a garbage-collected struct before it would make Yjs throw halfway through the update.
 */
function checkContinuation(doc: Y.Doc, resolver: PlaceResolver, item: Y.Item, place: Place | null) {
  if (place === null) return
  const state = Y.getState(doc.store, item.id.client)
  const before = Y.getItem(doc.store, Y.createID(item.id.client, state - 1)) as Y.Item | Y.GC
  const continues =
    before instanceof Y.Item &&
    place.container === resolver.containerOfType(before.parent as NonNullable<Container['type']>) &&
    place.key === before.parentSub
  if (!continues) refuse('The update continues a known edit somewhere else than where it was made.')
}

/**
 * Resolves the place of every new item, in integration order, and refuses one that lands outside
 * the schema or whose content does not fit its place.
 */
export function checkPlacesAndValues(
  doc: Y.Doc,
  index: StructIndex,
  order: Struct[],
  schema: DocumentSchema,
): Writes {
  const resolver = new PlaceResolver(doc, index, schema)
  const writes: Writes = { resolver, insertedCharacters: new Map(), newEntries: new Map() }
  for (const struct of order) {
    if (!(struct instanceof Y.Item)) continue
    const added = newLength(doc, struct)
    if (added === 0) continue
    const place = resolver.resolve(struct)
    if (added < struct.length) checkContinuation(doc, resolver, struct, place)
    // Yjs turns an item with nowhere to go into garbage: nothing of it is kept.
    if (place === null) continue
    const slot = lookUpSlot(place.container, place.key)
    if ('problem' in slot) refuse(slot.problem)
    checkContent(slot.rule, slot.path, struct)
    const { content } = struct
    if (content instanceof Y.ContentType) {
      resolver.hold(struct, { rule: slot.rule as Container['rule'], path: slot.path, type: null })
    } else if (content instanceof Y.ContentString) {
      // Only a text's characters may be strings (checkContent): the container is a text.
      const rule = place.container.rule as TextRule
      const { inserted } = writes.insertedCharacters.get(place.container) ?? { inserted: 0 }
      writes.insertedCharacters.set(place.container, { rule, inserted: inserted + added })
    }
    const { root } = place.container
    if (
      root !== undefined &&
      !(content instanceof Y.ContentDeleted) &&
      !holdsAlive(place.container, place.key!)
    ) {
      const keys = writes.newEntries.get(root) ?? new Set<string>()
      writes.newEntries.set(root, keys.add(place.key!))
    }
  }
  return writes
}
