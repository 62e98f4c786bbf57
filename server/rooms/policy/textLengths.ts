/** A text may not grow past its rule's length: what the update inserts, less what it deletes there. */
import * as Y from 'yjs'
import type { PlaceResolver } from './places.ts'
import type { Container } from './slots.ts'
import { forEachStructIn, mergeRanges, refuse, type Range } from './structs.ts'
import type { DecodedUpdate, StructIndex } from './types.ts'
import type { Writes } from './placesAndValues.ts'

/** How many clocks of [start, end) fall in `range`. */
function overlap(start: number, end: number, range: Range): number {
  return Math.max(0, Math.min(end, range.clock + range.len) - Math.max(start, range.clock))
}

/**
 * Characters of `text` that the update's deletions remove: alive characters of the document, and
 * characters the update itself inserts there. Linear in the structs the deletions cover, as their
 * application by Yjs is.
 */
function deletedCharacters(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  index: StructIndex,
  resolver: PlaceResolver,
  text: Container,
): number {
  let deleted = 0
  decoded.ds.clients.forEach((ranges, client) => {
    const state = Y.getState(doc.store, client)
    const docStructs = doc.store.clients.get(client)
    const updateStructs = index.get(client) ?? []
    let next = 0
    for (const range of mergeRanges(ranges)) {
      // The document's structs in the range: the walk stops at the last one, below the state.
      if (docStructs && range.clock < state) {
        forEachStructIn(docStructs, range, (struct) => {
          const inText = struct instanceof Y.Item && struct.parent === text.type && struct.parentSub === null
          if (inText && struct.countable && !struct.deleted)
            deleted += overlap(struct.id.clock, struct.id.clock + struct.length, range)
          return true
        })
      }
      // The update's structs and the merged ranges are both in clock order: one pass over each.
      while (next < updateStructs.length) {
        const struct = updateStructs[next]!
        const end = struct.id.clock + struct.length
        if (struct.id.clock >= range.clock + range.len) break
        const inText = struct instanceof Y.Item && struct.content instanceof Y.ContentString
        if (inText && resolver.placeOf(struct)?.container === text)
          deleted += overlap(Math.max(struct.id.clock, state), end, range)
        if (end > range.clock + range.len) break
        next++
      }
    }
  })
  return deleted
}

/** Refuses an update after which a text would hold more characters than its rule allows. */
export function checkTextLengths(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  index: StructIndex,
  writes: Writes,
): void {
  for (const [text, { rule, inserted }] of writes.insertedCharacters) {
    const max = rule.maxLength
    const current = text.type instanceof Y.Text ? text.type.length : 0
    // Deletions are only added up when the insertions alone would overflow: rarely.
    if (current + inserted <= max) continue
    if (current + inserted - deletedCharacters(doc, decoded, index, writes.resolver, text) > max)
      refuse(`${text.path} may hold at most ${max} characters.`)
  }
}
