/** Decoding an update and finding its structs by id, in time linear (or n·log n) in the update. */
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { BoardError, ErrorCode } from '../../../shared/errors.ts'
import type { DecodedUpdate, Struct, StructIndex } from './types.ts'

/** Throws UPDATE_REFUSED with `reason`. */
export function refuse(reason: string): never {
  throw new BoardError(ErrorCode.UpdateRefused, reason)
}

/** The update decoded, or MALFORMED_MESSAGE. */
export function decodeOrThrow(update: Uint8Array): DecodedUpdate {
  try {
    return Y.decodeUpdate(update)
  } catch {
    throw new BoardError(ErrorCode.MalformedMessage, 'The update could not be decoded.')
  }
}

/** How many per-client sections the update declares (its first number). */
function countSections(update: Uint8Array): number {
  return decoding.readVarUint(decoding.createDecoder(update))
}

/**
 * Indexes the structs by client, refusing what Yjs would not apply as it was checked: skipped
 * structs, empty structs, and a client written in several sections (decoding numbers the structs
 * of one section one after the other, so only sections can list a client's clocks out of order).
 * NOTE: Y.decodeUpdate yields the structs of every section, but Y.applyUpdate keeps only the last
 * section of each client (a Map set per section): a second section would hide the first one from
 * Yjs after it was checked here. Each client's section is one run of the flat list, so the update
 * is well-formed exactly when it has as many runs, of distinct clients, as sections.
 * Each client's list is then in clock order, without gaps.
 */
export function indexStructs(update: Uint8Array, structs: Struct[]): StructIndex {
  const byClient: StructIndex = new Map()
  let runs = 0
  let previous: Struct | undefined
  for (const struct of structs) {
    if (struct instanceof Y.Skip) refuse('The update has gaps (skipped structs).')
    if (struct.length < 1) refuse('The update has an empty struct.')
    const { client } = struct.id
    if (previous?.id.client !== client) {
      if (byClient.has(client)) refuse('The update writes one client in several sections.')
      byClient.set(client, [])
      runs++
    }
    byClient.get(client)!.push(struct)
    previous = struct
  }
  if (runs !== countSections(update)) refuse('The update writes one client in several sections.')
  return byClient
}

/** The struct of the update that holds `id`, by binary search in its client's list. */
export function findInUpdate(index: StructIndex, id: Y.ID): Struct | undefined {
  const list = index.get(id.client)
  if (!list) return undefined
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const struct = list[middle]!
    if (id.clock < struct.id.clock) high = middle - 1
    else if (id.clock >= struct.id.clock + struct.length) low = middle + 1
    else return struct
  }
  return undefined
}

/** How many of the struct's clocks the document does not have yet (0: a known duplicate). */
export function newLength(doc: Y.Doc, struct: Struct): number {
  const state = Y.getState(doc.store, struct.id.client)
  return Math.max(0, struct.id.clock + struct.length - Math.max(state, struct.id.clock))
}

/** Calls `visit` on each struct of the document overlapping `range`, in clock order, while it returns true. */
export function forEachStructIn(
  structs: (Y.Item | Y.GC)[],
  range: { clock: number; len: number },
  visit: (struct: Y.Item | Y.GC) => boolean,
) {
  for (let i = Y.findIndexSS(structs, range.clock); i < structs.length; i++) {
    const struct = structs[i]!
    if (struct.id.clock >= range.clock + range.len || !visit(struct)) return
  }
}

/** A run of clocks of one client, as a delete set holds them. */
export type Range = { clock: number; len: number }

/** The ranges sorted and merged, so that no clock is counted twice. */
export function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = []
  for (const range of [...ranges].sort((a, b) => a.clock - b.clock)) {
    const last = merged.at(-1)
    if (last && range.clock <= last.clock + last.len) {
      last.len = Math.max(last.len, range.clock + range.len - last.clock)
    } else merged.push({ ...range })
  }
  return merged
}
