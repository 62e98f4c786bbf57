/** RP2, RP3 carried out by a room's replay on a fake clock: when snapshots are taken, and the limit kept. */
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCard, deleteCard } from '../../../shared/board/index.ts'
import { RoomReplay } from '../../../server/replay/RoomReplay.ts'
import { createLogger } from '../../../server/log.ts'
import { MemoryBoardStore } from '../../../server/storage/MemoryBoardStore.ts'

const INTERVAL = 3 * 60_000

/** A replay over a real board document and a memory store; the queue runs tasks at once. */
async function startReplay(limit = 200) {
  const store = new MemoryBoardStore()
  await store.createBoard({ id: 'b', createdAt: 0, documents: {}, tokenHashes: {} })
  const board = new Y.Doc()
  const replay = new RoomReplay(
    {
      boardId: 'b',
      board: () => board,
      enqueue: (task) => task(),
      hasFailed: () => false,
      now: () => Date.now(),
    },
    store,
    { intervalMs: INTERVAL, limit },
    createLogger('silent'),
  )
  const list = async () => {
    await replay.settled()
    return store.listReplaySnapshots('b')
  }
  const addCard = (text: string) =>
    createCard(board, { stance: 'bull', text, x: 0, y: 0, authorId: 'a', authorName: 'Ada' })
  return { store, board, replay, list, addCard }
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('RoomReplay', () => {
  it('[RP2] takes no periodic snapshot while the board does not change', async () => {
    const { replay, list } = await startReplay()
    await vi.advanceTimersByTimeAsync(10 * INTERVAL)
    expect(await list()).toEqual([])
    replay.destroy()
  })

  it('[RP2] takes one periodic snapshot per interval while the board changes, a deletion included, and none after', async () => {
    const { replay, list, addCard, board } = await startReplay()
    const id = addCard('first')
    await vi.advanceTimersByTimeAsync(INTERVAL)
    expect(await list()).toMatchObject([{ at: 1_000_000 + INTERVAL, cards: 1, links: 0 }])
    expect((await list())[0]).not.toHaveProperty('phaseId')
    deleteCard(board, id)
    await vi.advanceTimersByTimeAsync(INTERVAL)
    expect((await list()).map((s) => s.cards)).toEqual([1, 0])
    await vi.advanceTimersByTimeAsync(5 * INTERVAL)
    expect(await list()).toHaveLength(2)
    replay.destroy()
  })

  it('[RP4] takes a snapshot tagged with the phase entered at once, and the next periodic one a whole interval later', async () => {
    const { replay, list, addCard } = await startReplay()
    addCard('first')
    await vi.advanceTimersByTimeAsync(INTERVAL - 1_000)
    replay.phaseEntered({ id: 'openings' })
    replay.phaseEntered({ id: 'rebuttal', name: '反驳！' })
    addCard('second')
    await vi.advanceTimersByTimeAsync(INTERVAL - 1)
    expect(await list()).toMatchObject([
      { phaseId: 'openings', cards: 1 },
      { phaseId: 'rebuttal', phaseName: '反驳！', cards: 1 },
    ])
    expect((await list())[0]).not.toHaveProperty('phaseName')
    await vi.advanceTimersByTimeAsync(1)
    expect((await list()).map((s) => s.cards)).toEqual([1, 1, 2])
    replay.destroy()
  })

  it('[RP3] keeps at most the limit, dropping the oldest periodic snapshots before phase ones', async () => {
    const { replay, list, addCard } = await startReplay(3)
    replay.phaseEntered({ id: 'openings' })
    for (let i = 0; i < 4; i++) {
      addCard(`card ${i}`)
      await vi.advanceTimersByTimeAsync(INTERVAL)
    }
    const kept = await list()
    expect(kept).toHaveLength(3)
    expect(kept.map((s) => s.phaseId ?? s.cards)).toEqual(['openings', 3, 4])
    replay.destroy()
  })

  it('[RP2] a flush takes a last snapshot only if the board changed since the last one', async () => {
    const { replay, list, addCard } = await startReplay()
    await replay.flush()
    expect(await list()).toEqual([])
    addCard('first')
    await replay.flush()
    await replay.flush()
    expect(await list()).toMatchObject([{ cards: 1 }])
    replay.destroy()
  })
})
