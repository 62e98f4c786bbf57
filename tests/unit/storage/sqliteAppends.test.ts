/** SQLite appends of one event-loop turn share a commit, and checkpoints stay off the append path. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { SqliteBoardStore } from '../../../server/storage/SqliteBoardStore.ts'
import { BOARD_DOC, makeNewBoard, makeUpdates } from './boardStoreFixtures.ts'

const tempDirs: string[] = []
afterEach(() => {
  while (tempDirs.length > 0) fs.rmSync(tempDirs.pop()!, { recursive: true, force: true })
})

async function openStore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debate-board-appends-'))
  tempDirs.push(dir)
  const file = path.join(dir, 'boards.sqlite')
  const store = new SqliteBoardStore(file)
  await store.createBoard(makeNewBoard('board-a').board)
  return { store, file }
}

/** The store's connection. */
function connectionOf(store: SqliteBoardStore): Database.Database {
  return (store as unknown as { db: Database.Database }).db
}

/** Counts the transactions run from now on (SQLite's total_changes counts rows, not commits). */
function countTransactions() {
  const counter = { runs: 0 }
  const original = Database.prototype.transaction
  const spy = vi.spyOn(Database.prototype, 'transaction').mockImplementation(function (
    this: Database.Database,
    fn: (...args: never[]) => unknown,
  ) {
    const run = original.call(this, fn)
    return Object.assign((...args: never[]) => {
      counter.runs++
      return run(...args)
    }, run)
  })
  return { counter, restore: () => spy.mockRestore() }
}

describe('SqliteBoardStore appends', () => {
  it('[SP2] appends made in one turn of the event loop are committed in one transaction, each resolved with its own seq', async () => {
    const transactions = countTransactions()
    const { store } = await openStore()
    transactions.counter.runs = 0
    const updates = makeUpdates(new Y.Doc(), 5)
    const seqs = await Promise.all(updates.map((update) => store.appendUpdate('board-a', BOARD_DOC, update)))
    transactions.restore()
    expect(transactions.counter.runs).toBe(1)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    expect(new Set(seqs).size).toBe(5)
    await store.close()
  })

  it('[SP2] one append that cannot be stored fails alone; the others of its turn are stored', async () => {
    const { store, file } = await openStore()
    const [good, other] = makeUpdates(new Y.Doc(), 2)
    const results = await Promise.allSettled([
      store.appendUpdate('board-a', BOARD_DOC, good!),
      store.appendUpdate('no-such-board', BOARD_DOC, good!),
      store.appendUpdate('board-a', BOARD_DOC, other!),
    ])
    expect(results.map(({ status }) => status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    await store.close()
    const reopened = new SqliteBoardStore(file)
    expect((await reopened.loadBoard('board-a'))?.documents.get(BOARD_DOC)?.updates).toHaveLength(2)
    await reopened.close()
  })

  it('[SP2] SQLite never checkpoints inside a commit; the store does it on a timer', async () => {
    const { store } = await openStore()
    expect(connectionOf(store).pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    await store.close()
  })
})
