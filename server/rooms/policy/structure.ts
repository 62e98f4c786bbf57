/**
 * Structural checks: every struct continues its client's history and points only at structs that
 * exist, so that Yjs integrates the whole update at once and keeps nothing pending.
 */
import * as Y from 'yjs'
import { findInUpdate, refuse } from './structs.ts'
import type { DecodedUpdate, Struct, StructIndex } from './types.ts'

/** The ids an item needs before Yjs can integrate it. */
function referencesOf(item: Y.Item): Y.ID[] {
  const parent: unknown = item.parent
  const refs: Y.ID[] = []
  if (item.origin) refs.push(item.origin)
  if (item.rightOrigin) refs.push(item.rightOrigin)
  if (parent instanceof Y.ID) refs.push(parent)
  return refs
}

/** Refuses a client whose structs start past the document's state for it: Yjs would keep them pending. */
function checkNoGaps(doc: Y.Doc, index: StructIndex) {
  for (const [client, structs] of index) {
    // indexStructs refused overlaps, so only the first struct can start past the state.
    if (structs[0]!.id.clock > Y.getState(doc.store, client))
      refuse('The update depends on edits the server lacks.')
  }
}

/** The structs each struct waits for, in the document's absence: its predecessor and its references. */
function dependenciesOf(doc: Y.Doc, index: StructIndex, structs: Struct[], i: number): Struct[] {
  const struct = structs[i]!
  const needs: Struct[] = i > 0 ? [structs[i - 1]!] : []
  if (!(struct instanceof Y.Item)) return needs
  for (const ref of referencesOf(struct)) {
    if (ref.clock < Y.getState(doc.store, ref.client)) continue
    const target = findInUpdate(index, ref)
    if (!target) refuse('The update depends on edits the server lacks.')
    if (target === struct) refuse('The update has an item positioned against itself.')
    needs.push(target)
  }
  return needs
}

/**
 * The update's structs in an order Yjs can integrate them: each after every struct of the update
 * it needs. Refuses missing dependencies, self references and cycles (Kahn's algorithm), which
 * Yjs would keep pending forever.
 */
function integrationOrder(doc: Y.Doc, index: StructIndex, count: number): Struct[] {
  const waitingOn = new Map<Struct, number>()
  const dependents = new Map<Struct, Struct[]>()
  const ready: Struct[] = []
  for (const structs of index.values()) {
    structs.forEach((struct, i) => {
      const needs = dependenciesOf(doc, index, structs, i)
      waitingOn.set(struct, needs.length)
      if (needs.length === 0) ready.push(struct)
      for (const need of needs) {
        const list = dependents.get(need)
        if (list) list.push(struct)
        else dependents.set(need, [struct])
      }
    })
  }
  const order: Struct[] = []
  while (ready.length > 0) {
    const struct = ready.pop()!
    order.push(struct)
    for (const dependent of dependents.get(struct) ?? []) {
      const left = waitingOn.get(dependent)! - 1
      waitingOn.set(dependent, left)
      if (left === 0) ready.push(dependent)
    }
  }
  if (order.length !== count) refuse('The update has circular dependencies.')
  return order
}

/** Refuses deletions of nothing, or of clocks neither the document nor the update has. */
function checkDeletions(doc: Y.Doc, decoded: DecodedUpdate, index: StructIndex) {
  decoded.ds.clients.forEach((ranges, client) => {
    const last = index.get(client)?.at(-1)
    const end = Math.max(Y.getState(doc.store, client), last ? last.id.clock + last.length : 0)
    for (const range of ranges) {
      if (range.len < 1) refuse('The update deletes an empty range.')
      if (range.clock + range.len > end) refuse('The update deletes edits the server lacks.')
    }
  })
}

/**
 * Checks the update's structure and returns its structs in integration order, so that later
 * checks find every struct an item refers to already resolved.
 */
export function checkStructure(doc: Y.Doc, decoded: DecodedUpdate, index: StructIndex): Struct[] {
  checkNoGaps(doc, index)
  const order = integrationOrder(doc, index, decoded.structs.length)
  checkDeletions(doc, decoded, index)
  return order
}
