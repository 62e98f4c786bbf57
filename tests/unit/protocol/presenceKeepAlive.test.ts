/** Others' presence kept alive while connected: our server relays changes and departures, not every renewal. */
import * as Y from 'yjs'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  outdatedTimeout,
} from 'y-protocols/awareness'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  KEEP_ALIVE_AHEAD_MS,
  KEEP_ALIVE_INTERVAL_MS,
  PresenceKeepAlive,
  forgetOthers,
  keepOthersAlive,
} from '../../../shared/sync/presenceKeepAlive.ts'

function awarenessOf(clientId: number, state: Record<string, unknown> | null): Awareness {
  const doc = new Y.Doc()
  doc.clientID = clientId
  const awareness = new Awareness(doc)
  awareness.setLocalState(state)
  return awareness
}

/** A client that heard one other presence, heard `ageMs` ago (its own state set just as long ago). */
function listenerWithOther(ageMs: number): Awareness {
  const mine = awarenessOf(1, { user: { name: 'me' } })
  const other = awarenessOf(2, { user: { name: 'other' } })
  applyAwarenessUpdate(mine, encodeAwarenessUpdate(other, [2]), 'server')
  other.destroy()
  for (const meta of mine.meta.values()) meta.lastUpdated -= ageMs
  return mine
}

/** Whether y-protocols' own check would drop the presence of `clientId` now. */
const outdated = (awareness: Awareness, clientId: number) =>
  outdatedTimeout <= Date.now() - awareness.meta.get(clientId)!.lastUpdated

describe('presence keep-alive', () => {
  beforeEach(() => {
    // Only the keep-alive's interval is faked: y-protocols reads the real time through lib0.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it("[SP8] marks others' presence as just heard, never the client's own", () => {
    const awareness = listenerWithOther(outdatedTimeout - 1_000)
    const ownBefore = awareness.meta.get(1)!.lastUpdated
    const now = Date.now()
    keepOthersAlive(awareness)
    expect(outdated(awareness, 2)).toBe(false)
    // Heard from now on, and ahead: "less than a second ago" would hold for any mark in the future.
    expect(awareness.meta.get(2)!.lastUpdated).toBeGreaterThanOrEqual(now + KEEP_ALIVE_AHEAD_MS)
    expect(awareness.meta.get(1)!.lastUpdated).toBe(ownBefore)
    awareness.destroy()
  })

  it("[SP8] keeps them from y-protocols' timeout from start to stop", () => {
    expect(KEEP_ALIVE_INTERVAL_MS).toBeLessThanOrEqual(outdatedTimeout / 2)
    // Heard 29 s ago (real time): y-protocols' check, every 3 s here, drops it from 30 s on.
    const awareness = listenerWithOther(outdatedTimeout - 1_000)
    const keepAlive = new PresenceKeepAlive(awareness)
    keepAlive.start()
    vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS)
    awareness.meta.get(2)!.lastUpdated -= outdatedTimeout - KEEP_ALIVE_INTERVAL_MS
    vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS)
    expect(awareness.getStates().has(2)).toBe(true)

    keepAlive.stop()
    awareness.meta.get(2)!.lastUpdated -= outdatedTimeout
    vi.advanceTimersByTime(KEEP_ALIVE_INTERVAL_MS)
    expect(awareness.getStates().has(2)).toBe(false)
    awareness.destroy()
  })

  it("[SP8] keeps them through a hidden tab's minute between timers, y-protocols' check running first", () => {
    const awareness = listenerWithOther(0)
    keepOthersAlive(awareness)
    // A minute on, y-protocols' check runs before the keep-alive does (a hidden tab's aligned wake).
    const aMinuteLater = Date.now() + 60_000
    expect(outdatedTimeout <= aMinuteLater - awareness.meta.get(2)!.lastUpdated).toBe(false)
    awareness.destroy()
  })

  it('[SP8] after a disconnect, the same presence greeted again at the clock heard before shows again', () => {
    const mine = awarenessOf(1, { user: { name: 'me' } })
    const other = awarenessOf(2, { user: { name: 'other' } })
    const greeting = encodeAwarenessUpdate(other, [2])
    applyAwarenessUpdate(mine, greeting, 'server')
    forgetOthers(mine, 'disconnect')
    expect(mine.getStates().has(2)).toBe(false)
    expect(mine.getStates().has(1)).toBe(true)
    applyAwarenessUpdate(mine, greeting, 'server')
    expect(mine.getStates().get(2)).toEqual({ user: { name: 'other' } })
    other.destroy()
    mine.destroy()
  })
})
