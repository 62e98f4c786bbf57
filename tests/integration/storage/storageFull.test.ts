/** isStorageFull recognises a full disk as each store reports it, from real failures, and nothing else. */
import fs from 'node:fs'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { isStorageFull } from '../../../server/storage/storageErrors.ts'
import { runSql } from '../../helpers/postgres.ts'
import { usePostgresStores } from '../../helpers/postgresStores.ts'
import { BOARD_DOC, makeNewBoard } from '../../unit/storage/boardStoreFixtures.ts'

const database = usePostgresStores()

async function openStore() {
  const [store] = await database.openFresh(1)
  return store!
}

/** Makes every insert into `table` fail as PostgreSQL does when its disk is full (SQLSTATE 53100). */
async function fillDiskFor(table: string) {
  await runSql(
    database.url(),
    `CREATE OR REPLACE FUNCTION disk_is_full() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$;
     CREATE TRIGGER disk_is_full BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION disk_is_full();`,
  )
}

/** The error `promise` rejects with. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  )
}

describe('isStorageFull', () => {
  it('is true for PostgreSQL’s disk_full while appending an update or creating a board', async () => {
    const store = await openStore()
    await store.createBoard(makeNewBoard('board-a').board)
    await fillDiskFor('board_updates')
    await fillDiskFor('boards')
    expect(
      isStorageFull(await rejectionOf(store.appendUpdate('board-a', BOARD_DOC, Uint8Array.of(0, 0)))),
    ).toBe(true)
    expect(isStorageFull(await rejectionOf(store.createBoard(makeNewBoard('board-b').board)))).toBe(true)
  })

  it('is false for other PostgreSQL failures', async () => {
    const store = await openStore()
    const error = await rejectionOf(store.appendUpdate('missing', BOARD_DOC, Uint8Array.of(0, 0)))
    expect(error).toMatchObject({ code: '23503' })
    expect(isStorageFull(error)).toBe(false)
  })

  it('is true for SQLite’s SQLITE_FULL and for ENOSPC from the file system', () => {
    const db = new Database(':memory:')
    db.exec('CREATE TABLE blobs (data BLOB)')
    db.pragma('max_page_count = 8')
    const insert = db.prepare('INSERT INTO blobs (data) VALUES (?)')
    let sqliteError: unknown
    try {
      for (let i = 0; i < 100; i++) insert.run(Buffer.alloc(4096))
    } catch (error) {
      sqliteError = error
    } finally {
      db.close()
    }
    expect(sqliteError).toMatchObject({ code: 'SQLITE_FULL' })
    expect(isStorageFull(sqliteError)).toBe(true)

    let fileError: unknown
    try {
      // /dev/full answers every write with ENOSPC.
      fs.writeFileSync('/dev/full', 'x')
    } catch (error) {
      fileError = error
    }
    expect(fileError).toMatchObject({ code: 'ENOSPC' })
    expect(isStorageFull(fileError)).toBe(true)
  })

  it('is false for anything without a storage-full code', () => {
    const others: unknown[] = [
      undefined,
      null,
      'disk full',
      53100,
      new Error('disk full'),
      { code: 53100 },
      { code: 'EACCES' },
    ]
    for (const other of others) expect([other, isStorageFull(other)]).toEqual([other, false])
  })
})
