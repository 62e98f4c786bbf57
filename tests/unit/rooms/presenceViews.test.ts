/** A change of anonymity reaches everyone's view of presence at once, however big the room (PH31, SP8). */
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as encoding from 'lib0/encoding'
import { Role } from '../../../shared/access.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { readAwarenessEntries } from '../../../server/rooms/awarenessEntries.ts'
import { RecordingConnection, openTestRoom } from '../../helpers/roomHarness.ts'

/** An awareness update of one client id whose state shows `name`. */
function presenceUpdate(clientId: number, clock: number, name: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarString(encoder, JSON.stringify({ user: { name, color: '#fff' } }))
  return encoding.toUint8Array(encoder)
}

/** The name in the latest state of `clientId` that `connection` received (undefined: none). */
function lastNameOf(connection: RecordingConnection, clientId: number): unknown {
  let name: unknown
  for (const update of connection.awareness)
    for (const entry of readAwarenessEntries(update, { maxClientIdsPerSocket: 1e6, maxStateBytes: 1e6 }))
      if (entry.clientId === clientId)
        name = (entry.state as { user?: { name?: unknown } } | null)?.user?.name
  return name
}

describe('presence views', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('[PH31] turning anonymity on takes names off every presence peers see at once, in a room too big to relay renewals (SP8)', async () => {
    const { room } = await openTestRoom({ format: Format.Committee, anonymous: false })
    vi.useFakeTimers()
    const moderator = new RecordingConnection('mod', Role.Moderate, 'p-mod')
    const alice = new RecordingConnection('alice', Role.Edit, 'p-alice')
    const peers = Array.from({ length: 150 }, (_, i) => new RecordingConnection(`c${i}`, Role.Edit, `p${i}`))
    for (const connection of [moderator, alice, ...peers]) room.join(connection)
    room.receiveAwareness(alice, presenceUpdate(7, 1, 'Alice'))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(lastNameOf(peers[0]!, 7)).toBe('Alice')

    await room.facilitate(moderator, { type: 'anonymous', anonymous: true })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(lastNameOf(peers[0]!, 7)).toBeUndefined()
    expect(lastNameOf(moderator, 7)).toBe('Alice')

    await room.facilitate(moderator, { type: 'anonymous', anonymous: false })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(lastNameOf(peers[0]!, 7)).toBe('Alice')
  })
})
