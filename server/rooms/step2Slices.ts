/**
 * The answer to a sync step 1 cut into several messages when it is big: update messages of at most
 * SLICE_STRUCTS structs each, then the standard step 2 with the rest and the delete set. Each message is
 * a valid Yjs update, applied by the browser in a task of its own: one step 2 of a 5,000-card board
 * costs a browser one task of 100-250 ms (decoding, then encoding it again for its 'update' listeners).
 *
 * NOTE: the slices are written struct by struct, as Yjs' own writeStructs does (V1 encoding: count,
 * client, first clock, then each struct); Yjs exports the encoder and the structs' `write`, not that
 * loop. The delete set, pending structs and the end of every client's range stay with Yjs' step 2.
 */
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { encodeSyncStep2, encodeSyncUpdate } from '../../shared/protocol.ts'

/** The most structs in one message: about 800 cards of the canvas, some 20 ms to apply in a browser. */
export const SLICE_STRUCTS = 10_000

type Struct = Y.Item | Y.GC

/** The index of the struct holding `clock` (structs sorted by clock, without gaps). */
function indexOfClock(structs: readonly Struct[], clock: number): number {
  let low = 0
  let high = structs.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((structs[middle] as Struct).id.clock <= clock) low = middle
    else high = middle - 1
  }
  return low
}

/** A run of one client's structs: from `start` (an index), `count` of them, the first cut at `clock`. */
interface Run {
  client: number
  structs: readonly Struct[]
  start: number
  count: number
  clock: number
}

/** One update of the runs, without deletions (they come with the step 2). */
function encodeRuns(runs: readonly Run[]): Uint8Array {
  const encoder = new Y.UpdateEncoderV1()
  encoding.writeVarUint(encoder.restEncoder, runs.length)
  for (const { client, structs, start, count, clock } of runs) {
    encoding.writeVarUint(encoder.restEncoder, count)
    encoder.writeClient(client)
    encoding.writeVarUint(encoder.restEncoder, clock)
    for (let i = start; i < start + count; i++) {
      const struct = structs[i] as Struct
      struct.write(encoder, i === start ? clock - struct.id.clock : 0)
    }
  }
  encoding.writeVarUint(encoder.restEncoder, 0)
  return encoder.toUint8Array()
}

/** Where each client's structs start for a peer at `stateVector`: [client, its structs, first index, clock]. */
function missingRanges(doc: Y.Doc, stateVector: Map<number, number>) {
  // Higher clients first, as Yjs writes them.
  return [...doc.store.clients.entries()]
    .sort(([a], [b]) => b - a)
    .flatMap(([client, structs]) => {
      const last = structs.at(-1)
      const known = stateVector.get(client) ?? 0
      if (!last || last.id.clock + last.length <= known) return []
      const clock = Math.max(known, (structs[0] as Struct).id.clock)
      return [{ client, structs: structs as Struct[], index: indexOfClock(structs, clock), clock }]
    })
}

/**
 * The messages answering a step 1 with `encodedStateVector`: update messages of at most `maxStructs`
 * structs, then a standard step 2 of the rest. A single step 2 when the rest is small anyway.
 */
export function encodeStep2Slices(
  doc: Y.Doc,
  encodedStateVector: Uint8Array,
  maxStructs = SLICE_STRUCTS,
): Uint8Array[] {
  const stateVector = Y.decodeStateVector(encodedStateVector)
  const ranges = missingRanges(doc, stateVector)
  const total = ranges.reduce((sum, range) => sum + range.structs.length - range.index, 0)
  if (total <= maxStructs) return [encodeSyncStep2(doc, encodedStateVector)]
  // Slices of even size, the last of them the step 2's.
  const size = Math.ceil(total / Math.ceil(total / maxStructs))
  const messages: Uint8Array[] = []
  // What the peer has once the slices are applied: the step 2 starts from there.
  const sent = new Map(stateVector)
  let runs: Run[] = []
  let room = size
  let left = total
  for (const range of ranges) {
    let { index, clock } = range
    while (index < range.structs.length && left > size) {
      const count = Math.min(room, range.structs.length - index, left - size)
      runs.push({ client: range.client, structs: range.structs, start: index, count, clock })
      index += count
      left -= count
      room -= count
      const next = range.structs[index]
      const end = range.structs[index - 1] as Struct
      clock = next ? next.id.clock : end.id.clock + end.length
      sent.set(range.client, clock)
      if (room === 0) {
        messages.push(encodeSyncUpdate(encodeRuns(runs)))
        runs = []
        room = size
      }
    }
  }
  if (runs.length > 0) messages.push(encodeSyncUpdate(encodeRuns(runs)))
  messages.push(encodeSyncStep2(doc, Y.encodeStateVector(sent)))
  return messages
}
