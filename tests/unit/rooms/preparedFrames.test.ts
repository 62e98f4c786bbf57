/** When a prepared frame may go straight to a socket's WebSocket, skipping engine.io (SP10). */
import { describe, expect, it } from 'vitest'
import { mayWriteDirectly, type EngineSocketState } from '../../../server/rooms/preparedFrames.ts'

const idle: EngineSocketState = {
  open: true,
  queued: 0,
  transport: 'websocket',
  writable: true,
  webSocketOpen: true,
}

describe('[SP10] mayWriteDirectly', () => {
  it.each<[string, Partial<EngineSocketState>, boolean]>([
    ['an open WebSocket engine.io holds nothing for', {}, true],
    ['engine.io holds packets: the frame would pass them', { queued: 1 }, false],
    [
      'an engine.io write is still in progress (ws may hold it while compressing)',
      { writable: false },
      false,
    ],
    ['the socket long-polls: it has no WebSocket', { transport: 'polling' }, false],
    ['engine.io is closing the socket', { open: false }, false],
    ['the WebSocket is closing', { webSocketOpen: false }, false],
  ])('%s → %s', (_, change, expected) => {
    expect(mayWriteDirectly({ ...idle, ...change })).toBe(expected)
  })
})
