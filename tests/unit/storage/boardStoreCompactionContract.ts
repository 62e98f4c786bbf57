/** The BoardStore contract, part 2: compaction works per document and never loses a stored update. */
import * as Y from 'yjs'
import { expect, it } from 'vitest'
import {
  appendAll,
  BOARD_DOC,
  contentOf,
  CONTROL_DOC,
  documentOf,
  makeUpdates,
  openWithBoard,
  openWithBoards,
  type OpenStore,
  rebuild,
  snapshotOf,
} from './boardStoreFixtures.ts'

/** Registers the compaction tests of the contract suite (called by describeBoardStoreContract). */
export function describeCompactionContract(open: OpenStore) {
  it('compact replaces one document’s snapshot and drops only its updates with seq <= upToSeq', async () => {
    const { store, board, docs } = await openWithBoard(open)
    const updates = makeUpdates(docs.board, 6)
    const seqs = await appendAll(store, 'board-a', BOARD_DOC, updates)
    // The snapshot the server would take after the first four updates.
    const snapshot = snapshotOf(board.documents[BOARD_DOC]!, updates.slice(0, 4))
    await store.compact('board-a', BOARD_DOC, snapshot, seqs[3]!)

    const state = documentOf(await store.loadBoard('board-a'), BOARD_DOC)
    expect(state.snapshot).toEqual(snapshot)
    expect(state.updates).toEqual([
      { seq: seqs[4], update: updates[4] },
      { seq: seqs[5], update: updates[5] },
    ])
    const rebuilt = rebuild(state)
    expect(contentOf(rebuilt)).toEqual(contentOf(docs.board))
    expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(docs.board))
  })

  it('compact of one document leaves the other documents of the board alone', async () => {
    const { store, board, docs } = await openWithBoard(open)
    const [control0, control1] = makeUpdates(docs.control, 2, 'motion')
    const [board0] = makeUpdates(docs.board, 1)
    const controlSeq0 = await store.appendUpdate('board-a', CONTROL_DOC, control0!)
    const boardSeq = await store.appendUpdate('board-a', BOARD_DOC, board0!)
    const controlSeq1 = await store.appendUpdate('board-a', CONTROL_DOC, control1!)
    // upToSeq is above every seq of the board: only the compacted document's updates may go.
    await store.compact('board-a', BOARD_DOC, Y.encodeStateAsUpdate(docs.board), controlSeq1)

    const state = await store.loadBoard('board-a')
    expect(documentOf(state, BOARD_DOC)).toEqual({ snapshot: Y.encodeStateAsUpdate(docs.board), updates: [] })
    expect(documentOf(state, CONTROL_DOC)).toEqual({
      snapshot: board.documents[CONTROL_DOC],
      updates: [
        { seq: controlSeq0, update: control0 },
        { seq: controlSeq1, update: control1 },
      ],
    })
    expect(boardSeq).toBeLessThan(controlSeq1)
    expect(contentOf(rebuild(documentOf(state, CONTROL_DOC)))).toEqual(contentOf(docs.control))
  })

  it('compact keeps the updates appended after upToSeq, and appending goes on with higher seqs', async () => {
    const { store, board, docs } = await openWithBoard(open)
    const [first, second, third] = makeUpdates(docs.board, 3)
    const firstSeq = await store.appendUpdate('board-a', BOARD_DOC, first!)
    await store.appendUpdate('board-a', BOARD_DOC, second!)
    await store.compact('board-a', BOARD_DOC, snapshotOf(board.documents[BOARD_DOC]!, [first!]), firstSeq)
    const thirdSeq = await store.appendUpdate('board-a', BOARD_DOC, third!)
    expect(thirdSeq).toBeGreaterThan(firstSeq)
    const state = documentOf(await store.loadBoard('board-a'), BOARD_DOC)
    expect(state.updates.map((u) => u.update)).toEqual([second, third])
    expect(contentOf(rebuild(state))).toEqual(contentOf(docs.board))
  })

  it('compact of one board leaves another board’s documents alone', async () => {
    const {
      store,
      boards: [a, b],
    } = await openWithBoards(open, ['board-a', 'board-b'])
    const [b0] = makeUpdates(b.docs.board, 1, 'b')
    const bSeq = await store.appendUpdate('board-b', BOARD_DOC, b0!)
    const [a0] = makeUpdates(a.docs.board, 1, 'a')
    const aSeq = await store.appendUpdate('board-a', BOARD_DOC, a0!)
    await store.compact('board-a', BOARD_DOC, Y.encodeStateAsUpdate(a.docs.board), Math.max(aSeq, bSeq))
    expect(documentOf(await store.loadBoard('board-a'), BOARD_DOC).updates).toEqual([])
    expect(documentOf(await store.loadBoard('board-b'), BOARD_DOC)).toEqual({
      snapshot: b.board.documents[BOARD_DOC],
      updates: [{ seq: bSeq, update: b0 }],
    })
  })

  it('compact gives a document first written by appendUpdate its snapshot', async () => {
    const { store } = await openWithBoard(open)
    const draft = new Y.Doc()
    const updates = makeUpdates(draft, 4, 'draft')
    const seqs = await appendAll(store, 'board-a', 'drafts/bear', updates)
    const snapshot = snapshotOf(Y.encodeStateAsUpdate(new Y.Doc()), updates.slice(0, 3))
    await store.compact('board-a', 'drafts/bear', snapshot, seqs[2]!)
    const state = documentOf(await store.loadBoard('board-a'), 'drafts/bear')
    expect(state).toEqual({ snapshot, updates: [{ seq: seqs[3], update: updates[3] }] })
    expect(contentOf(rebuild(state))).toEqual(contentOf(draft))
  })

  it('a compaction that lands after a newer one of the same document loses nothing', async () => {
    // An old room's last compaction can land after the compaction of the room that replaced it.
    const { store, board, docs } = await openWithBoard(open)
    const updates = makeUpdates(docs.board, 6)
    const seqs = await appendAll(store, 'board-a', BOARD_DOC, updates)
    await store.compact('board-a', BOARD_DOC, Y.encodeStateAsUpdate(docs.board), seqs[5]!)
    await store.compact(
      'board-a',
      BOARD_DOC,
      snapshotOf(board.documents[BOARD_DOC]!, updates.slice(0, 2)),
      seqs[1]!,
    )
    const rebuilt = rebuild(documentOf(await store.loadBoard('board-a'), BOARD_DOC))
    expect(contentOf(rebuilt)).toEqual(contentOf(docs.board))
    expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(docs.board))
  })

  it('a compact that fails part-way leaves the snapshot and the updates as they were', async () => {
    const { store, docs } = await openWithBoard(open)
    const [update] = makeUpdates(docs.board, 1)
    await store.appendUpdate('board-a', BOARD_DOC, update!)
    const before = await store.loadBoard('board-a')
    // An upToSeq no store can use: the snapshot write may already have happened when it fails.
    await expect(
      store.compact('board-a', BOARD_DOC, Y.encodeStateAsUpdate(docs.board), {} as unknown as number),
    ).rejects.toThrow()
    expect(await store.loadBoard('board-a')).toEqual(before)
  })

  it('compact of a missing board rejects and creates nothing', async () => {
    const store = await open()
    await expect(store.compact('missing', BOARD_DOC, Uint8Array.of(0, 0), 10)).rejects.toThrow()
    expect(await store.hasBoard('missing')).toBe(false)
    expect(await store.loadBoard('missing')).toBeUndefined()
  })
}
