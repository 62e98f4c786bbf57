/** The BoardStore contract run against SQLite, in memory and on disk; durability across a reopen. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { MemoryBoardStore } from '../../../server/storage/MemoryBoardStore.ts'
import { SqliteBoardStore } from '../../../server/storage/SqliteBoardStore.ts'
import { describeBoardStoreContract, describeReopenContract } from './boardStoreContract.ts'

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

describeReopenContract('SqliteBoardStore on disk', () => {
  const file = path.join(makeTempDir(), 'boards.sqlite')
  return async () => new SqliteBoardStore(file)
})

describeBoardStoreContract('MemoryBoardStore', () => new MemoryBoardStore())
