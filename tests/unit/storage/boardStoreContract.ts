/**
 * The contract every BoardStore must keep, as a suite any store can run (SQLite, memory, PostgreSQL):
 * `describeBoardStoreContract('MyStore', () => new MyStore(...))`. The parts live in sibling files:
 * documents and their update logs here, compaction and access (tokens, owners, limits) next to it.
 */
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import type { BoardStore, StoredBoardState } from '../../../server/storage/BoardStore.ts'
import { describeAccessContract } from './boardStoreAccessContract.ts'
import { describeCompactionContract } from './boardStoreCompactionContract.ts'
import { describeReplayContract } from './boardStoreReplayContract.ts'
import {
  appendAll,
  BOARD_DOC,
  contentOf,
  CONTROL_DOC,
  documentOf,
  makeNewBoard,
  makeUpdates,
  openWithBoard,
  openWithBoards,
  type OpenStore,
  rebuild,
  snapshotOf,
} from './boardStoreFixtures.ts'

/** Registers the BoardStore contract suite for a store made fresh (and empty) by `createStore` per test. */
export function describeBoardStoreContract(
  name: string,
  createStore: () => BoardStore | Promise<BoardStore>,
) {
  describe(`${name} keeps the BoardStore contract`, () => {
    const opened: BoardStore[] = []
    afterEach(async () => {
      while (opened.length > 0) await opened.pop()!.close()
    })
    const open: OpenStore = async () => {
      const store = await createStore()
      opened.push(store)
      return store
    }
    describeDocumentsContract(open)
    describeCompactionContract(open)
    describeAccessContract(open)
    describeReplayContract(open)
  })
}

function describeDocumentsContract(open: OpenStore) {
  it('createBoard then loadBoard returns each first state as its snapshot, no updates and no owners', async () => {
    const { store, board, docs } = await openWithBoard(open)
    const state = await store.loadBoard('board-a')
    expect(state).toEqual({
      documents: new Map([
        [BOARD_DOC, { snapshot: board.documents[BOARD_DOC], updates: [] }],
        [CONTROL_DOC, { snapshot: board.documents[CONTROL_DOC], updates: [] }],
      ]),
      clientOwners: new Map(),
    })
    expect(contentOf(rebuild(documentOf(state, BOARD_DOC)))).toEqual(contentOf(docs.board))
    expect(contentOf(rebuild(documentOf(state, CONTROL_DOC)))).toEqual(contentOf(docs.control))
  })

  it('hasBoard is true for a created board only', async () => {
    const { store } = await openWithBoard(open)
    expect(await store.hasBoard('board-a')).toBe(true)
    expect(await store.hasBoard('board-b')).toBe(false)
  })

  it('loadBoard of a missing board resolves undefined', async () => {
    const { store } = await openWithBoard(open)
    expect(await store.loadBoard('missing')).toBeUndefined()
  })

  it('createBoard refuses an id that exists and keeps the first board', async () => {
    const store = await open()
    const first = makeNewBoard('board-a')
    await store.createBoard(first.board)
    const second = makeNewBoard('board-a', {
      documents: { [BOARD_DOC]: Uint8Array.of(0, 0), other: Uint8Array.of(0, 0) },
    })
    await expect(store.createBoard(second.board)).rejects.toThrow()
    const state = await store.loadBoard('board-a')
    expect([...state!.documents.keys()].sort()).toEqual([BOARD_DOC, CONTROL_DOC])
    expect(documentOf(state, BOARD_DOC).snapshot).toEqual(first.board.documents[BOARD_DOC])
    expect(await store.countBoardsCreatedSince('ip-hash-1', 0)).toBe(1)
  })

  it('appendUpdate returns increasing seqs across documents, and each document loads its updates in that order', async () => {
    const { store, docs } = await openWithBoard(open)
    const queues = new Map([
      [BOARD_DOC, makeUpdates(docs.board, 4)],
      [CONTROL_DOC, makeUpdates(docs.control, 2, 'motion')],
    ])
    const appended = new Map<string, { seq: number; update: Uint8Array }[]>([
      [BOARD_DOC, []],
      [CONTROL_DOC, []],
    ])
    const seqs: number[] = []
    // Interleaved, as a room appends them: board, control, board, control, board, board.
    for (const doc of [BOARD_DOC, CONTROL_DOC, BOARD_DOC, CONTROL_DOC, BOARD_DOC, BOARD_DOC]) {
      const update = queues.get(doc)!.shift()!
      const seq = await store.appendUpdate('board-a', doc, update)
      seqs.push(seq)
      appended.get(doc)!.push({ seq, update })
    }
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!)
    const state = await store.loadBoard('board-a')
    expect(documentOf(state, BOARD_DOC).updates).toEqual(appended.get(BOARD_DOC))
    expect(documentOf(state, CONTROL_DOC).updates).toEqual(appended.get(CONTROL_DOC))
    expect(contentOf(rebuild(documentOf(state, BOARD_DOC)))).toEqual(contentOf(docs.board))
    expect(contentOf(rebuild(documentOf(state, CONTROL_DOC)))).toEqual(contentOf(docs.control))
  })

  it('keeps the documents of different boards apart, even under the same names', async () => {
    const {
      store,
      boards: [a, b],
    } = await openWithBoards(open, ['board-a', 'board-b'])
    const [a0, a1] = makeUpdates(a.docs.board, 2, 'a')
    const [b0] = makeUpdates(b.docs.board, 1, 'b')
    const [bControl] = makeUpdates(b.docs.control, 1, 'b-control')
    await store.appendUpdate('board-a', BOARD_DOC, a0!)
    await store.appendUpdate('board-b', BOARD_DOC, b0!)
    await store.appendUpdate('board-b', CONTROL_DOC, bControl!)
    await store.appendUpdate('board-a', BOARD_DOC, a1!)
    const stateA = await store.loadBoard('board-a')
    const stateB = await store.loadBoard('board-b')
    expect(documentOf(stateA, BOARD_DOC).updates.map((u) => u.update)).toEqual([a0, a1])
    expect(documentOf(stateA, CONTROL_DOC).updates).toEqual([])
    expect(documentOf(stateB, BOARD_DOC).updates.map((u) => u.update)).toEqual([b0])
    expect(documentOf(stateB, CONTROL_DOC).updates.map((u) => u.update)).toEqual([bControl])
    expect(documentOf(stateA, CONTROL_DOC).snapshot).toEqual(a.board.documents[CONTROL_DOC])
  })

  it('a document first written by appendUpdate loads with no snapshot and its updates', async () => {
    const { store } = await openWithBoard(open)
    const draft = new Y.Doc()
    const updates = makeUpdates(draft, 3, 'draft')
    const seqs = await appendAll(store, 'board-a', 'drafts/bull', updates)
    const state = await store.loadBoard('board-a')
    expect(documentOf(state, 'drafts/bull')).toEqual({
      snapshot: undefined,
      updates: updates.map((update, i) => ({ seq: seqs[i], update })),
    })
    expect(contentOf(rebuild(documentOf(state, 'drafts/bull')))).toEqual(contentOf(draft))
    expect([...state!.documents.keys()].sort()).toEqual([BOARD_DOC, CONTROL_DOC, 'drafts/bull'])
  })

  it('appendUpdate refuses a board that does not exist', async () => {
    const store = await open()
    await expect(store.appendUpdate('missing', BOARD_DOC, Uint8Array.of(0, 0))).rejects.toThrow()
    expect(await store.hasBoard('missing')).toBe(false)
  })

  it('loadBoard returns copies: changing them does not change the store', async () => {
    const { store, docs } = await openWithBoard(open)
    await store.appendUpdate('board-a', BOARD_DOC, makeUpdates(docs.board, 1)[0]!)
    await store.claimClientIds('board-a', 'owner-1', [7])
    const first = await store.loadBoard('board-a')
    const expected = structuredClone(first)
    documentOf(first, BOARD_DOC).snapshot!.fill(0)
    documentOf(first, BOARD_DOC).updates[0]!.update.fill(0)
    documentOf(first, CONTROL_DOC).updates.push({ seq: 1, update: Uint8Array.of(0, 0) })
    first!.documents.delete(CONTROL_DOC)
    first!.clientOwners.set(7, 'someone-else')
    expect(await store.loadBoard('board-a')).toEqual(expected)
  })

  it('loadBoard reads every document at one instant, even while compactions commit', async () => {
    const { store, board, docs } = await openWithBoard(open)
    const updates = makeUpdates(docs.board, 24)
    const seqs = await appendAll(store, 'board-a', BOARD_DOC, updates)
    const expected = contentOf(docs.board)
    // Each compaction moves updates from the log into the snapshot; a read that took the snapshot
    // before a compaction and the log after it would miss the updates moved in between.
    const compactions = (async () => {
      for (let k = 1; k <= updates.length; k++) {
        const snapshot = snapshotOf(board.documents[BOARD_DOC]!, updates.slice(0, k))
        await store.compact('board-a', BOARD_DOC, snapshot, seqs[k - 1]!)
      }
    })()
    const loads = (async () => {
      for (let i = 0; i < updates.length; i++)
        expect(contentOf(rebuild(documentOf(await store.loadBoard('board-a'), BOARD_DOC)))).toEqual(expected)
    })()
    await Promise.all([compactions, loads])
  })
}

/**
 * Registers the durability test for a store kept somewhere (a file, a database): `createLocation`
 * makes a fresh, empty place per test and returns how to open a store on it, as often as asked.
 */
export function describeReopenContract(name: string, createLocation: () => OpenStore | Promise<OpenStore>) {
  describe(`${name} keeps the BoardStore contract across a reopen`, () => {
    it('keeps documents, updates, compaction, owners and tokens after it is closed and reopened', async () => {
      const openAtLocation = await createLocation()
      const { board, docs } = makeNewBoard('board-a')
      const updates = makeUpdates(docs.board, 5)
      const [controlUpdate] = makeUpdates(docs.control, 1, 'motion')

      const first = await openAtLocation()
      let before: StoredBoardState | undefined
      const seqs: number[] = []
      try {
        await first.createBoard(board)
        seqs.push(...(await appendAll(first, 'board-a', BOARD_DOC, updates)))
        await first.appendUpdate('board-a', CONTROL_DOC, controlUpdate!)
        const snapshot = snapshotOf(board.documents[BOARD_DOC]!, updates.slice(0, 2))
        await first.compact('board-a', BOARD_DOC, snapshot, seqs[1]!)
        await first.claimClientIds('board-a', 'owner-1', [42])
        await first.replaceToken('board-a', 'view', 'new-view-hash', 3)
        await first.appendReplaySnapshot('board-a', { at: 7, cards: 1, links: 0, state: snapshot })
        before = await first.loadBoard('board-a')
      } finally {
        await first.close()
      }

      const second = await openAtLocation()
      try {
        const after = await second.loadBoard('board-a')
        expect(after).toEqual(before)
        expect(documentOf(after, BOARD_DOC).updates.map((u) => u.seq)).toEqual(seqs.slice(2))
        expect(Y.encodeStateVector(rebuild(documentOf(after, BOARD_DOC)))).toEqual(
          Y.encodeStateVector(docs.board),
        )
        expect(contentOf(rebuild(documentOf(after, CONTROL_DOC)))).toEqual(contentOf(docs.control))
        expect(after?.clientOwners).toEqual(new Map([[42, 'owner-1']]))
        expect(await second.findRole('board-a', 'new-view-hash')).toBe('view')
        expect(await second.findRole('board-a', 'board-a-view')).toBeUndefined()
        expect(await second.readTokenEpochs('board-a')).toEqual({ moderate: 0, edit: 0, view: 3 })
        expect(await second.countBoardsCreatedSince('ip-hash-1', 0)).toBe(1)
        // RP1: replay snapshots are as durable as the board.
        expect(await second.listReplaySnapshots('board-a')).toMatchObject([{ at: 7, cards: 1, links: 0 }])
        // Seqs keep rising across a reopen, so a compaction can never drop a newer update.
        const next = await second.appendUpdate('board-a', BOARD_DOC, Uint8Array.of(0, 0))
        expect(next).toBeGreaterThan(Math.max(...seqs))
      } finally {
        await second.close()
      }
    })

    it('close can be called twice', async () => {
      const store = await (await createLocation())()
      await store.close()
      await expect(store.close()).resolves.toBeUndefined()
    })
  })
}
