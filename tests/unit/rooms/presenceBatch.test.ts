import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as encoding from 'lib0/encoding'
import { Role } from '../../../shared/access.ts'
import { readAwarenessEntries } from '../../../server/rooms/awarenessEntries.ts'
import { presenceCadence } from '../../../server/rooms/presenceCadence.ts'
import { RoomPresence } from '../../../server/rooms/RoomPresence.ts'
import type { RoomConnection } from '../../../server/rooms/RoomConnection.ts'
import { RecordingConnection } from '../../helpers/roomHarness.ts'

/** An awareness update of one client id: its clock and a state with a name and a cursor. */
function presenceUpdate(clientId: number, clock: number, name: string, x: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarString(encoder, JSON.stringify({ user: { name, color: '#fff' }, cursor: { x } }))
  return encoding.toUint8Array(encoder)
}

/** What a recording connection received, one object per message: client id -> state. */
function received(connection: RecordingConnection): Record<number, unknown>[] {
  return connection.awareness.map((update) =>
    Object.fromEntries(
      readAwarenessEntries(update, { maxClientIdsPerSocket: 1e6, maxStateBytes: 1e6 }).map(
        ({ clientId, state }) => [clientId, state],
      ),
    ),
  )
}

const stripNames = (state: unknown) => {
  const { user, ...rest } = state as { user: { color: string } }
  return { ...rest, user: { color: user.color } }
}

/** A room of `size` connections (the first a moderator), anonymous for everyone else. */
function room(size: number) {
  const connections = new Map<string, RecordingConnection>()
  for (let i = 0; i < size; i++)
    connections.set(`c${i}`, new RecordingConnection(`c${i}`, i === 0 ? Role.Moderate : Role.Edit, `p${i}`))
  const presenceOf = new RoomPresence(connections as ReadonlyMap<string, RoomConnection>, {
    view: (recipient) => (recipient.role === Role.Moderate ? undefined : stripNames),
    onState: () => {},
    stamp: (_sender, state) => state,
  })
  return { connections: [...connections.values()], presence: presenceOf }
}

describe('presence batches', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it.each([
    [1, 0, 0],
    [10, 0, 0],
    [11, 3, 0],
    [50, 13, 0],
    [100, 25, 0],
    [101, 25, 5_101],
    [200, 50, 20_000],
    [300, 75, 45_000],
    [1_000, 250, 500_000],
    [5_000, 250, 600_000],
  ])(
    '[SP3] a room of %i people gathers presence for %i ms and relays an unchanged one again after %i ms',
    (size, windowMs, renewalMs) => {
      expect(presenceCadence(size)).toEqual({ windowMs, renewalMs })
    },
  )

  it('[SP3] updates within one window reach each recipient as one relay of the latest states, without its own ids, seen through its view', () => {
    const { connections, presence } = room(40)
    const [moderator, alice, bob, carol] = connections as [RecordingConnection, ...RecordingConnection[]]
    presence.receive(alice!, presenceUpdate(1, 1, 'Alice', 0))
    presence.receive(bob!, presenceUpdate(2, 1, 'Bob', 0))
    presence.receive(alice!, presenceUpdate(1, 2, 'Alice', 5))
    presence.receive(alice!, presenceUpdate(1, 3, 'Alice', 9))
    expect(connections.every((c) => c.awareness.length === 0)).toBe(true)

    vi.advanceTimersByTime(presenceCadence(40).windowMs)
    const alice9 = { user: { name: 'Alice', color: '#fff' }, cursor: { x: 9 } }
    const bob0 = { user: { name: 'Bob', color: '#fff' }, cursor: { x: 0 } }
    expect(received(moderator)).toEqual([{ 1: alice9, 2: bob0 }])
    expect(received(carol!)).toEqual([{ 1: stripNames(alice9), 2: stripNames(bob0) }])
    expect(received(alice!)).toEqual([{ 2: stripNames(bob0) }])
    expect(received(bob!)).toEqual([{ 1: stripNames(alice9) }])
    for (const other of connections.slice(4)) expect(other.awareness).toHaveLength(1)
  })

  it('[SP3] a small room relays each update at once, and a destroyed room relays nothing pending', () => {
    const small = room(3)
    small.presence.receive(small.connections[1]!, presenceUpdate(1, 1, 'Alice', 0))
    expect(small.connections[2]!.awareness).toHaveLength(1)
    expect(small.connections[1]!.awareness).toHaveLength(0)

    const big = room(40)
    big.presence.receive(big.connections[1]!, presenceUpdate(1, 1, 'Alice', 0))
    big.presence.destroy()
    vi.advanceTimersByTime(1_000)
    expect(big.connections.every((c) => c.awareness.length === 0)).toBe(true)
  })

  it('[SP8] a big room relays a renewal of an unchanged presence only once it is due, and a change at once', () => {
    const { connections, presence } = room(200)
    const [, alice, bob] = connections as [RecordingConnection, ...RecordingConnection[]]
    const { windowMs, renewalMs } = presenceCadence(200)
    presence.receive(alice!, presenceUpdate(1, 1, 'Alice', 0))
    vi.advanceTimersByTime(windowMs)
    expect(received(bob!)).toHaveLength(1)

    // y-protocols renews every 15 s: a newer clock on the same state.
    presence.receive(alice!, presenceUpdate(1, 2, 'Alice', 0))
    vi.advanceTimersByTime(windowMs)
    expect(received(bob!)).toHaveLength(1)
    expect(presence.awareness.meta.get(1)?.clock).toBe(2)

    presence.receive(alice!, presenceUpdate(1, 3, 'Alice', 7))
    vi.advanceTimersByTime(windowMs)
    expect(received(bob!).at(-1)).toEqual({
      1: stripNames({ user: { name: 'Alice', color: '#fff' }, cursor: { x: 7 } }),
    })

    vi.advanceTimersByTime(renewalMs)
    presence.receive(alice!, presenceUpdate(1, 4, 'Alice', 7))
    vi.advanceTimersByTime(windowMs)
    expect(received(bob!)).toHaveLength(3)
    presence.destroy()
  })

  it('[SP8] a small room relays every renewal, as plain y-protocols clients expect', () => {
    const { connections, presence } = room(40)
    const [, alice, bob] = connections as [RecordingConnection, ...RecordingConnection[]]
    presence.receive(alice!, presenceUpdate(1, 1, 'Alice', 0))
    presence.receive(alice!, presenceUpdate(1, 2, 'Alice', 0))
    vi.advanceTimersByTime(presenceCadence(40).windowMs)
    presence.receive(alice!, presenceUpdate(1, 3, 'Alice', 0))
    vi.advanceTimersByTime(presenceCadence(40).windowMs)
    expect(received(bob!)).toHaveLength(2)
    presence.destroy()
  })

  it('[SP8] a presence nobody renewed for 30 s is relayed as gone, and one renewed in time stays', () => {
    // y-protocols reads the time through lib0, which took Date.now before any fake could replace it.
    vi.useRealTimers()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
    const { connections, presence } = room(200)
    const [moderator, alice, bob] = connections as [RecordingConnection, ...RecordingConnection[]]
    presence.receive(alice!, presenceUpdate(1, 1, 'Alice', 0))
    presence.receive(bob!, presenceUpdate(2, 1, 'Bob', 0))
    presence.awareness.meta.get(1)!.lastUpdated -= 30_000
    // y-protocols checks every 3 s.
    vi.advanceTimersByTime(3_000 + presenceCadence(200).windowMs)
    const relayedToModerator = Object.assign({}, ...received(moderator!)) as Record<number, unknown>
    expect(relayedToModerator[1]).toBeNull()
    expect(relayedToModerator[2]).not.toBeNull()
    expect(presence.awareness.getStates().has(2)).toBe(true)
    presence.destroy()
  })

  it('[SP3] a joiner is greeted with the latest presence of each, seen through its view, encoded once until it changes', () => {
    const { connections, presence } = room(40)
    const [moderator, alice, bob, carol] = connections as [RecordingConnection, ...RecordingConnection[]]
    presence.receive(alice!, presenceUpdate(1, 1, 'Alice', 0))
    presence.receive(bob!, presenceUpdate(2, 1, 'Bob', 0))
    presence.greet(moderator!)
    presence.greet(carol!)
    presence.receive(alice!, presenceUpdate(1, 2, 'Alice', 5))
    presence.withdraw(bob!)
    presence.greet(moderator!)
    presence.greet(carol!)
    const alice0 = { user: { name: 'Alice', color: '#fff' }, cursor: { x: 0 } }
    const alice5 = { user: { name: 'Alice', color: '#fff' }, cursor: { x: 5 } }
    const bob0 = { user: { name: 'Bob', color: '#fff' }, cursor: { x: 0 } }
    expect(received(moderator!)).toEqual([{ 1: alice0, 2: bob0 }, { 1: alice5 }])
    expect(received(carol!)).toEqual([
      { 1: stripNames(alice0), 2: stripNames(bob0) },
      { 1: stripNames(alice5) },
    ])
    presence.destroy()
  })
})
