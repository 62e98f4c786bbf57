/**
 * A timer set to lock runs on every node that holds the board; when it runs out, exactly one of them
 * writes the lock (claimOnce in Redis), so the session gets one change, not one per node.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { SessionDocName } from '../../../shared/access.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { readSession } from '../../../shared/debate/session.ts'
import { connectClient, type TestClient } from '../../helpers/clients.ts'
import { createDebateBoard } from '../../helpers/debateBoards.ts'
import { startTestCluster } from '../../helpers/testCluster.ts'
import type { TestServer } from '../../helpers/testServer.ts'

let nodes: TestServer[]

beforeAll(async () => {
  nodes = await startTestCluster(3, {
    // No compaction while the test counts stored updates.
    compactAfterUpdates: 100_000,
  })
}, 30_000)

/** How many updates of the board's session document the shared store holds. */
async function storedSessionUpdates(boardId: string): Promise<number> {
  const state = await nodes[0]!.store.loadBoard(boardId)
  return state?.documents.get(SessionDocName.Session)?.updates.length ?? 0
}

/** Waits until each node has run everything queued on the board (a timer's end included). */
async function drainRooms(boardId: string) {
  for (const node of nodes) {
    const room = await node.registry.roomIfPresent(boardId)
    // A change that changes nothing is stored nowhere; it only waits its turn in the room's queue.
    await room?.change(SessionDocName.Session, () => undefined)
  }
}

describe('a lock-on-end timer across nodes', () => {
  it('[CL10] three nodes hold the board when its lock-on-end timer runs out: exactly one writes the lock', async () => {
    const board = await createDebateBoard(nodes[0]!, Format.Classroom)
    const moderator = await connectClient(nodes[0]!.url, board.id, { token: board.tokens.moderate })
    // A client on each other node, so that all three have the board loaded and run its timer.
    const watchers: TestClient[] = await Promise.all(
      [1, 2].map((n) => connectClient(nodes[n]!.url, board.id, { token: board.tokens.bull })),
    )
    const everyone = [moderator, ...watchers]
    await moderator.provider.facilitate({ type: 'set-duration', phaseId: 'prepare', seconds: 1 })
    await moderator.provider.facilitate({ type: 'timer-start', lockOnEnd: true })
    for (const { provider } of everyone)
      await vi.waitFor(() => expect(readSession(provider.session).timer.status).toBe('running'))
    await drainRooms(board.id)
    const before = await storedSessionUpdates(board.id)

    for (const { provider } of everyone)
      await vi.waitFor(() => expect(readSession(provider.session).locked).toBe(true), { timeout: 5_000 })
    await drainRooms(board.id)
    expect((await storedSessionUpdates(board.id)) - before).toBe(1)
    for (const { provider } of everyone)
      expect(readSession(provider.session).timer).toMatchObject({ status: 'paused', remainingMs: 0 })
  })
})
