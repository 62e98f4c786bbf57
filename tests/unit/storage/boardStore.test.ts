/** The BoardStore contract run against SQLite, in memory and on disk; durability across a reopen. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { SqliteBoardStore } from '../../../server/storage/SqliteBoardStore.ts'
import { describeBoardStoreContract, makeNewBoard, makeUpdates, rebuild } from './boardStoreContract.ts'

const tempDirs: string[] = []
afterEach(() => {
  while (tempDirs.length > 0) fs.rmSync(tempDirs.pop()!, { recursive: true, force: true })
})

/** A fresh temporary directory, removed after the test. */
function makeTempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debate-board-store-'))
  tempDirs.push(dir)
  return dir
}

describeBoardStoreContract('SqliteBoardStore in memory', () => new SqliteBoardStore(':memory:'))

// A nested path also proves that the store creates its directory.
describeBoardStoreContract(
  'SqliteBoardStore on disk',
  () => new SqliteBoardStore(path.join(makeTempDir(), 'nested', 'boards.sqlite')),
)

describe('SqliteBoardStore on disk', () => {
  it('keeps boards, updates, compaction and tokens after it is closed and reopened', async () => {
    const file = path.join(makeTempDir(), 'boards.sqlite')
    const { board, doc } = makeNewBoard('board-a')
    const updates = makeUpdates(doc, 5)

    const first = new SqliteBoardStore(file)
    await first.createBoard(board)
    const seqs: number[] = []
    for (const update of updates) seqs.push(await first.appendUpdate('board-a', update))
    const covered = new Y.Doc()
    Y.applyUpdate(covered, board.initialState)
    for (const update of updates.slice(0, 2)) Y.applyUpdate(covered, update)
    await first.compact('board-a', Y.encodeStateAsUpdate(covered), seqs[1]!)
    await first.replaceToken('board-a', 'view', 'new-view-hash')
    const before = await first.loadBoard('board-a')
    await first.close()

    const second = new SqliteBoardStore(file)
    try {
      const after = await second.loadBoard('board-a')
      expect(after).toEqual(before)
      expect(after?.updates.map((u) => u.seq)).toEqual(seqs.slice(2))
      expect(Y.encodeStateVector(rebuild(after!))).toEqual(Y.encodeStateVector(doc))
      expect(await second.findRole('board-a', 'new-view-hash')).toBe('view')
      expect(await second.findRole('board-a', 'board-a-view')).toBeUndefined()
      expect(await second.countBoardsCreatedSince('ip-hash-1', 0)).toBe(1)
      // Sequence numbers keep rising across a reopen, so a compaction can never drop a newer update.
      expect(await second.appendUpdate('board-a', Uint8Array.of(0, 0))).toBeGreaterThan(seqs[4]!)
    } finally {
      await second.close()
    }
  })

  it('close can be called twice', async () => {
    const store = new SqliteBoardStore(path.join(makeTempDir(), 'boards.sqlite'))
    await store.close()
    await expect(store.close()).resolves.toBeUndefined()
  })
})
