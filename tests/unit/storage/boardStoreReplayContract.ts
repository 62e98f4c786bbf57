/** The BoardStore contract, part 4: replay snapshots of the board document (server/replay). */
import * as Y from 'yjs'
import { expect, it } from 'vitest'
import type { NewReplaySnapshot } from '../../../server/storage/BoardStore.ts'
import {
  contentOf,
  makeNewBoard,
  makeUpdates,
  openWithBoard,
  openWithBoards,
  type OpenStore,
} from './boardStoreFixtures.ts'

/** A replay snapshot of `doc` as it is now, taken at `at`, for a phase when given. */
function snapshotNow(doc: Y.Doc, at: number, phase?: { id: string; name: string }): NewReplaySnapshot {
  const state = Y.encodeStateAsUpdate(doc)
  const cards = doc.getMap('cards').size
  return { at, cards, links: 0, state, ...(phase ? { phaseId: phase.id, phaseName: phase.name } : {}) }
}

/** Registers the replay snapshot tests of the contract suite (called by describeBoardStoreContract). */
export function describeReplayContract(open: OpenStore) {
  it('[RP1] appendReplaySnapshot keeps each snapshot, listed oldest first with its info and without its state', async () => {
    const { store, docs } = await openWithBoard(open)
    const first = await store.appendReplaySnapshot('board-a', snapshotNow(docs.board, 1_000))
    makeUpdates(docs.board, 3)
    const second = await store.appendReplaySnapshot(
      'board-a',
      snapshotNow(docs.board, 2_000, { id: 'openings', name: '立论' }),
    )
    expect(second).toBeGreaterThan(first)
    expect(await store.listReplaySnapshots('board-a')).toEqual([
      { seq: first, at: 1_000, cards: 1, links: 0 },
      { seq: second, at: 2_000, phaseId: 'openings', phaseName: '立论', cards: 2, links: 0 },
    ])
  })

  it('[RP1] readReplaySnapshot gives back the state of that moment, and nothing for a seq it does not hold', async () => {
    const { store, docs } = await openWithBoard(open)
    const before = contentOf(docs.board)
    const seq = await store.appendReplaySnapshot('board-a', snapshotNow(docs.board, 1_000))
    makeUpdates(docs.board, 3)
    await store.appendReplaySnapshot('board-a', snapshotNow(docs.board, 2_000))
    const read = await store.readReplaySnapshot('board-a', seq)
    expect(read).toMatchObject({ seq, at: 1_000, cards: 1, links: 0 })
    expect(read?.state).toBeInstanceOf(Uint8Array)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, read!.state)
    expect(contentOf(doc)).toEqual(before)
    expect(await store.readReplaySnapshot('board-a', seq + 1_000)).toBeUndefined()
  })

  it('[RP1] replay snapshots are per board: another board lists none of them and cannot read them', async () => {
    const { store, boards } = await openWithBoards(open, ['board-a', 'board-b'])
    const seq = await store.appendReplaySnapshot('board-a', snapshotNow(boards[0].docs.board, 1_000))
    expect(await store.listReplaySnapshots('board-b')).toEqual([])
    expect(await store.readReplaySnapshot('board-b', seq)).toBeUndefined()
    expect(await store.listReplaySnapshots('missing')).toEqual([])
  })

  it('[RP1] appendReplaySnapshot refuses a board that does not exist', async () => {
    const store = await open()
    const { docs } = makeNewBoard('missing')
    await expect(store.appendReplaySnapshot('missing', snapshotNow(docs.board, 1))).rejects.toThrow()
  })

  it('[RP1] deleteReplaySnapshots removes those seqs of that board only', async () => {
    const { store, boards } = await openWithBoards(open, ['board-a', 'board-b'])
    const doc = boards[0].docs.board
    const seqs = [
      await store.appendReplaySnapshot('board-a', snapshotNow(doc, 1)),
      await store.appendReplaySnapshot('board-a', snapshotNow(doc, 2)),
      await store.appendReplaySnapshot('board-a', snapshotNow(doc, 3)),
    ]
    const other = await store.appendReplaySnapshot('board-b', snapshotNow(boards[1].docs.board, 4))
    await store.deleteReplaySnapshots('board-a', [seqs[0]!, seqs[2]!, other])
    await store.deleteReplaySnapshots('board-a', [])
    expect((await store.listReplaySnapshots('board-a')).map((s) => s.seq)).toEqual([seqs[1]])
    expect((await store.listReplaySnapshots('board-b')).map((s) => s.seq)).toEqual([other])
  })

  it('[RP1] a stored snapshot does not change when the caller reuses its buffer', async () => {
    const { store, docs } = await openWithBoard(open)
    const snapshot = snapshotNow(docs.board, 1)
    const original = snapshot.state.slice()
    const seq = await store.appendReplaySnapshot('board-a', snapshot)
    snapshot.state.fill(0)
    expect((await store.readReplaySnapshot('board-a', seq))?.state).toEqual(original)
  })
}
