/** Whether an update would change nothing: every struct known, every deletion already made. */
import * as Y from 'yjs'
import { forEachStructIn } from './structs.ts'
import type { DecodedUpdate, Struct } from './types.ts'

/**
 * Whether the document already holds everything in the update: every struct, and every deletion
 * already made. Linear in the update (its delete ranges), never a walk of the whole document.
 */
export function addsNothing(doc: Y.Doc, decoded: DecodedUpdate): boolean {
  const known = (struct: Struct) => struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)
  if (!decoded.structs.every(known)) return false
  let nothing = true
  decoded.ds.clients.forEach((ranges, client) => {
    const state = Y.getState(doc.store, client)
    for (const range of ranges) {
      if (!nothing) return
      // An empty range is left to the structure checks, which refuse it.
      if (range.len < 1 || range.clock + range.len > state) nothing = false
      // The range lies below the state, so the document has structs there; the walk stops at the
      // first one still alive.
      else forEachStructIn(doc.store.clients.get(client)!, range, (struct) => (nothing = struct.deleted))
    }
  })
  return nothing
}
