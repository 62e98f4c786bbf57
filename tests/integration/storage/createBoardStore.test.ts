/** createBoardStore: PostgreSQL when DATABASE_URL is set, the SQLite file in DATA_DIR otherwise. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { BoardStore } from '../../../server/storage/BoardStore.ts'
import { createBoardStore } from '../../../server/storage/createBoardStore.ts'
import { PostgresBoardStore } from '../../../server/storage/PostgresBoardStore.ts'
import { SqliteBoardStore } from '../../../server/storage/SqliteBoardStore.ts'
import { createTestDatabase } from '../../helpers/postgres.ts'

let databaseUrl: string
let dataDir: string
beforeAll(async () => {
  databaseUrl = await createTestDatabase()
})

const opened: BoardStore[] = []
afterEach(async () => {
  while (opened.length > 0) await opened.pop()!.close()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

async function open(databaseUrl: string | undefined) {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debate-board-factory-'))
  const store = await createBoardStore({ dataDir, databaseUrl })
  opened.push(store)
  return store
}

describe('createBoardStore', () => {
  it('opens PostgreSQL, migrated and ready, when a database URL is set, and writes nothing to DATA_DIR', async () => {
    const store = await open(databaseUrl)
    expect(store).toBeInstanceOf(PostgresBoardStore)
    expect(await store.hasBoard('board-a')).toBe(false)
    expect(fs.readdirSync(dataDir)).toEqual([])
  })

  it('opens the SQLite file in DATA_DIR when no database URL is set', async () => {
    const store = await open(undefined)
    expect(store).toBeInstanceOf(SqliteBoardStore)
    expect(fs.existsSync(path.join(dataDir, 'boards.sqlite'))).toBe(true)
  })
})
