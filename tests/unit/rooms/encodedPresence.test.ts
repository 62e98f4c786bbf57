/** Presence encoded once per view until it changes, and forgotten once gone (SP3). */
import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import { describe, expect, it } from 'vitest'
import {
  applyAwarenessEntries,
  joinAwarenessEntries,
  readAwarenessEntries,
} from '../../../server/rooms/awarenessEntries.ts'
import { EncodedPresence } from '../../../server/rooms/encodedPresence.ts'

const withoutNames = (state: unknown) => ({ ...(state as object), user: {} })

describe('encoded presence', () => {
  it('[SP3] a presence gone is forgotten in every view, also those that nobody saw it go through', () => {
    const awareness = new Awareness(new Y.Doc())
    awareness.setLocalState(null)
    const encoded = new EncodedPresence(awareness)
    applyAwarenessEntries(awareness, [{ clientId: 7, clock: 1, state: { user: { name: 'Alice' } } }])
    expect(encoded.entry(7, undefined)).toBe(encoded.entry(7, undefined))
    encoded.entry(7, withoutNames)
    expect(encoded.size).toBe(2)
    // Gone while only peers were here: its removal is encoded for their view alone.
    applyAwarenessEntries(awareness, [{ clientId: 7, clock: 2, state: null }])
    const removal = encoded.entry(7, withoutNames)
    expect(readAwarenessEntries(joinAwarenessEntries([removal!]))).toEqual([
      { clientId: 7, clock: 2, state: null },
    ])
    expect(encoded.size).toBe(0)
    awareness.destroy()
  })
})
