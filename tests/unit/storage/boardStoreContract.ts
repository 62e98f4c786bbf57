/**
 * The contract every BoardStore must keep, as a suite any store can run (SQLite now, PostgreSQL later):
 * `describeBoardStoreContract('MyStore', () => new MyStore(...))`.
 */
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import type { BoardStore, NewBoard, StoredBoardState } from '../../../server/storage/BoardStore.ts'
import { readCards, readMeta } from '../../../shared/board/accessors.ts'
import { createCard, initBoard, moveCard, setCardText } from '../../../shared/board/mutators.ts'

const DAY = 24 * 60 * 60 * 1000

/** A new board whose initial state is a real board document. */
export function makeNewBoard(id: string, overrides: Partial<NewBoard> = {}): { board: NewBoard; doc: Y.Doc } {
  const doc = new Y.Doc()
  initBoard(doc, { title: `Board ${id}`, motion: '动议' }, 1_000)
  return {
    doc,
    board: {
      id,
      createdAt: 1_000,
      initialState: Y.encodeStateAsUpdate(doc),
      tokenHashes: { moderate: `${id}-mod`, edit: `${id}-edit`, view: `${id}-view` },
      createdBy: 'ip-hash-1',
      ...overrides,
    },
  }
}

/** Makes `count` real edits to `doc` and returns the update of each. */
export function makeUpdates(doc: Y.Doc, count: number, prefix = 'card'): Uint8Array[] {
  const updates: Uint8Array[] = []
  const onUpdate = (update: Uint8Array) => updates.push(update)
  doc.on('update', onUpdate)
  for (let i = 0; i < count; i++) {
    // Every three updates: create a card, move it, retype it.
    const id = `${prefix}-${i - (i % 3)}`
    if (i % 3 === 0)
      createCard(
        doc,
        { stance: 'bull', text: `卡片 ${i}`, x: 0, y: i, authorId: 'u', authorName: '甲' },
        { id, now: i },
      )
    else if (i % 3 === 1) moveCard(doc, id, { x: i, y: i * 10 })
    else setCardText(doc, id, `第 ${i} 次修改`)
  }
  if (updates.length !== count) throw new Error(`made ${updates.length} updates, not ${count}`)
  doc.off('update', onUpdate)
  return updates
}

/** Rebuilds a document from a stored state: its snapshot, then its updates in order. */
export function rebuild(state: StoredBoardState): Y.Doc {
  const doc = new Y.Doc()
  if (state.snapshot) Y.applyUpdate(doc, state.snapshot)
  for (const { update } of state.updates) Y.applyUpdate(doc, update)
  return doc
}

function contentOf(doc: Y.Doc) {
  return { meta: readMeta(doc), cards: readCards(doc) }
}

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
    async function open() {
      const store = await createStore()
      opened.push(store)
      return store
    }

    it('createBoard then loadBoard returns the initial state as snapshot and no updates', async () => {
      const store = await open()
      const { board, doc } = makeNewBoard('board-a')
      await store.createBoard(board)
      const state = await store.loadBoard('board-a')
      expect(state).toEqual({ snapshot: board.initialState, updates: [] })
      expect(contentOf(rebuild(state!))).toEqual(contentOf(doc))
    })

    it('hasBoard is true for a created board only', async () => {
      const store = await open()
      await store.createBoard(makeNewBoard('board-a').board)
      expect(await store.hasBoard('board-a')).toBe(true)
      expect(await store.hasBoard('board-b')).toBe(false)
    })

    it('loadBoard of a missing board resolves undefined', async () => {
      const store = await open()
      await store.createBoard(makeNewBoard('board-a').board)
      expect(await store.loadBoard('missing')).toBeUndefined()
    })

    it('createBoard refuses an id that exists and keeps the first board', async () => {
      const store = await open()
      const first = makeNewBoard('board-a')
      await store.createBoard(first.board)
      const second = makeNewBoard('board-a', { initialState: Uint8Array.of(0, 0), createdBy: 'ip-hash-1' })
      await expect(store.createBoard(second.board)).rejects.toThrow()
      expect((await store.loadBoard('board-a'))?.snapshot).toEqual(first.board.initialState)
      expect(await store.countBoardsCreatedSince('ip-hash-1', 0)).toBe(1)
    })

    it('appendUpdate returns increasing seqs and loadBoard returns the updates in that order', async () => {
      const store = await open()
      const { board, doc } = makeNewBoard('board-a')
      await store.createBoard(board)
      const updates = makeUpdates(doc, 6)
      const seqs: number[] = []
      for (const update of updates) seqs.push(await store.appendUpdate('board-a', update))
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!)
      const state = await store.loadBoard('board-a')
      expect(state?.updates).toEqual(updates.map((update, i) => ({ seq: seqs[i], update })))
      expect(contentOf(rebuild(state!))).toEqual(contentOf(doc))
    })

    it('keeps the updates of different boards apart', async () => {
      const store = await open()
      const a = makeNewBoard('board-a')
      const b = makeNewBoard('board-b')
      await store.createBoard(a.board)
      await store.createBoard(b.board)
      const [a0, a1] = makeUpdates(a.doc, 2, 'a')
      const [b0] = makeUpdates(b.doc, 1, 'b')
      await store.appendUpdate('board-a', a0!)
      await store.appendUpdate('board-b', b0!)
      await store.appendUpdate('board-a', a1!)
      expect((await store.loadBoard('board-a'))?.updates.map((u) => u.update)).toEqual([a0, a1])
      expect((await store.loadBoard('board-b'))?.updates.map((u) => u.update)).toEqual([b0])
    })

    it('appendUpdate refuses a board that does not exist', async () => {
      const store = await open()
      await expect(store.appendUpdate('missing', Uint8Array.of(0, 0))).rejects.toThrow()
      expect(await store.hasBoard('missing')).toBe(false)
    })

    it('compact replaces the snapshot and drops only the updates with seq <= upToSeq', async () => {
      const store = await open()
      const { board, doc } = makeNewBoard('board-a')
      await store.createBoard(board)
      const updates = makeUpdates(doc, 6)
      const seqs: number[] = []
      for (const update of updates) seqs.push(await store.appendUpdate('board-a', update))

      // The snapshot the server would take after the first four updates.
      const covered = new Y.Doc()
      Y.applyUpdate(covered, board.initialState)
      for (const update of updates.slice(0, 4)) Y.applyUpdate(covered, update)
      const snapshot = Y.encodeStateAsUpdate(covered)
      await store.compact('board-a', snapshot, seqs[3]!)

      const state = await store.loadBoard('board-a')
      expect(state?.snapshot).toEqual(snapshot)
      expect(state?.updates).toEqual([
        { seq: seqs[4], update: updates[4] },
        { seq: seqs[5], update: updates[5] },
      ])
      const rebuilt = rebuild(state!)
      expect(contentOf(rebuilt)).toEqual(contentOf(doc))
      expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(doc))
    })

    it('compact keeps updates appended after the compacted seq, and keeps appending after it', async () => {
      const store = await open()
      const { board, doc } = makeNewBoard('board-a')
      await store.createBoard(board)
      const [first, second, third] = makeUpdates(doc, 3)
      const firstSeq = await store.appendUpdate('board-a', first!)
      const covered = new Y.Doc()
      Y.applyUpdate(covered, board.initialState)
      Y.applyUpdate(covered, first!)
      await store.appendUpdate('board-a', second!)
      await store.compact('board-a', Y.encodeStateAsUpdate(covered), firstSeq)
      const thirdSeq = await store.appendUpdate('board-a', third!)
      expect(thirdSeq).toBeGreaterThan(firstSeq)
      const state = await store.loadBoard('board-a')
      expect(state?.updates.map((u) => u.update)).toEqual([second, third])
      expect(contentOf(rebuild(state!))).toEqual(contentOf(doc))
    })

    it("compact of one board leaves another board's updates alone", async () => {
      const store = await open()
      const a = makeNewBoard('board-a')
      const b = makeNewBoard('board-b')
      await store.createBoard(a.board)
      await store.createBoard(b.board)
      const [b0] = makeUpdates(b.doc, 1, 'b')
      const bSeq = await store.appendUpdate('board-b', b0!)
      const [a0] = makeUpdates(a.doc, 1, 'a')
      const aSeq = await store.appendUpdate('board-a', a0!)
      await store.compact('board-a', Y.encodeStateAsUpdate(a.doc), Math.max(aSeq, bSeq))
      expect((await store.loadBoard('board-a'))?.updates).toEqual([])
      expect((await store.loadBoard('board-b'))?.updates).toEqual([{ seq: bSeq, update: b0 }])
    })

    it('a compact that fails part-way leaves the snapshot and the updates as they were', async () => {
      const store = await open()
      const { board, doc } = makeNewBoard('board-a')
      await store.createBoard(board)
      const [update] = makeUpdates(doc, 1)
      await store.appendUpdate('board-a', update!)
      const before = await store.loadBoard('board-a')
      // An upToSeq no store can use: the snapshot write may already have happened when it fails.
      await expect(
        store.compact('board-a', Y.encodeStateAsUpdate(doc), {} as unknown as number),
      ).rejects.toThrow()
      expect(await store.loadBoard('board-a')).toEqual(before)
    })

    it('compact of a missing board rejects and creates nothing', async () => {
      const store = await open()
      await expect(store.compact('missing', Uint8Array.of(0, 0), 10)).rejects.toThrow()
      expect(await store.hasBoard('missing')).toBe(false)
      expect(await store.loadBoard('missing')).toBeUndefined()
    })

    it('findRole maps each token hash to its role on its board only', async () => {
      const store = await open()
      await store.createBoard(makeNewBoard('board-a').board)
      await store.createBoard(makeNewBoard('board-b').board)
      const lookups: [string, string, string | undefined][] = [
        ['board-a', 'board-a-mod', 'moderate'],
        ['board-a', 'board-a-edit', 'edit'],
        ['board-a', 'board-a-view', 'view'],
        ['board-a', 'board-b-mod', undefined],
        ['board-a', 'unknown', undefined],
        ['board-a', '', undefined],
        ['missing', 'board-a-mod', undefined],
      ]
      for (const [boardId, hash, role] of lookups)
        expect([boardId, hash, await store.findRole(boardId, hash)]).toEqual([boardId, hash, role])
    })

    it('replaceToken revokes the old hash of that role and keeps the other roles', async () => {
      const store = await open()
      await store.createBoard(makeNewBoard('board-a').board)
      await store.replaceToken('board-a', 'edit', 'new-edit-hash')
      expect(await store.findRole('board-a', 'board-a-edit')).toBeUndefined()
      expect(await store.findRole('board-a', 'new-edit-hash')).toBe('edit')
      expect(await store.findRole('board-a', 'board-a-mod')).toBe('moderate')
      expect(await store.findRole('board-a', 'board-a-view')).toBe('view')
    })

    it('countBoardsCreatedSince counts boards of one creator from `since` on, inclusive', async () => {
      const store = await open()
      const now = 10 * DAY
      const boards: [string, number, string | undefined][] = [
        ['old-one', now - 2 * DAY, 'ip-1'],
        ['edge-one', now - DAY, 'ip-1'],
        ['new-one', now - 1, 'ip-1'],
        ['other-ip', now - 1, 'ip-2'],
        ['anonymous', now - 1, undefined],
      ]
      for (const [id, createdAt, createdBy] of boards)
        await store.createBoard(makeNewBoard(id, { createdAt, createdBy }).board)
      expect(await store.countBoardsCreatedSince('ip-1', now - DAY)).toBe(2)
      expect(await store.countBoardsCreatedSince('ip-1', 0)).toBe(3)
      expect(await store.countBoardsCreatedSince('ip-2', now - DAY)).toBe(1)
      expect(await store.countBoardsCreatedSince('ip-3', 0)).toBe(0)
      expect(await store.countBoardsCreatedSince('ip-1', now)).toBe(0)
    })

    it('loadBoard returns copies: changing them does not change the store', async () => {
      const store = await open()
      const { board, doc } = makeNewBoard('board-a')
      await store.createBoard(board)
      await store.appendUpdate('board-a', makeUpdates(doc, 1)[0]!)
      const first = await store.loadBoard('board-a')
      const expected = structuredClone(first)
      first!.snapshot!.fill(0)
      first!.updates[0]!.update.fill(0)
      expect(await store.loadBoard('board-a')).toEqual(expected)
    })
  })
}
