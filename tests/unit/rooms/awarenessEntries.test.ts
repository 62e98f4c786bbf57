import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import {
  applyAwarenessEntries,
  encodeAwarenessEntries,
  readAwarenessEntries,
  type AwarenessEntry,
} from '../../../server/rooms/awarenessEntries.ts'

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
}

/** Each remote client's clock (the awareness' own client id differs between the two). */
function clocks(awareness: awarenessProtocol.Awareness): [number, number][] {
  return [...awareness.meta].filter(([id]) => id !== awareness.clientID).map(([id, meta]) => [id, meta.clock])
}

describe('awareness entries', () => {
  it('[SP3] applying parsed entries leaves the same states and clocks as y-protocols applying the bytes', () => {
    const next = random(20_261_202)
    const ours = new awarenessProtocol.Awareness(new Y.Doc())
    const theirs = new awarenessProtocol.Awareness(new Y.Doc())
    ours.setLocalState(null)
    theirs.setLocalState(null)
    for (let step = 0; step < 500; step++) {
      const entries: AwarenessEntry[] = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
        clientId: 1 + Math.floor(next() * 5),
        clock: Math.floor(next() * 6),
        state: next() < 0.25 ? null : { cursor: { x: Math.floor(next() * 100) } },
      }))
      const update = encodeAwarenessEntries(entries)
      applyAwarenessEntries(
        ours,
        readAwarenessEntries(update, { maxClientIdsPerSocket: 3, maxStateBytes: 1e3 }),
      )
      awarenessProtocol.applyAwarenessUpdate(theirs, update, null)
      expect(ours.getStates()).toEqual(theirs.getStates())
      expect(clocks(ours)).toEqual(clocks(theirs))
    }
  })
})
