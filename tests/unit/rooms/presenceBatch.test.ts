import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as encoding from 'lib0/encoding'
import { Role } from '../../../shared/access.ts'
import { readAwarenessEntries } from '../../../server/rooms/awarenessEntries.ts'
import { presenceWindowMs } from '../../../server/rooms/presenceBatch.ts'
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
    [1, 0],
    [10, 0],
    [11, 3],
    [50, 13],
    [200, 50],
    [1_000, 250],
    [5_000, 250],
  ])('[SP3] a room of %i people gathers presence for %i ms', (size, windowMs) => {
    expect(presenceWindowMs(size)).toBe(windowMs)
  })

  it('[SP3] updates within one window reach each recipient as one relay of the latest states, without its own ids, seen through its view', () => {
    const { connections, presence } = room(40)
    const [moderator, alice, bob, carol] = connections as [RecordingConnection, ...RecordingConnection[]]
    presence.receive(alice!, presenceUpdate(1, 1, 'Alice', 0))
    presence.receive(bob!, presenceUpdate(2, 1, 'Bob', 0))
    presence.receive(alice!, presenceUpdate(1, 2, 'Alice', 5))
    presence.receive(alice!, presenceUpdate(1, 3, 'Alice', 9))
    expect(connections.every((c) => c.awareness.length === 0)).toBe(true)

    vi.advanceTimersByTime(presenceWindowMs(40))
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
})
