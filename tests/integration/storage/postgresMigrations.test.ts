/** The PostgreSQL schema migrations: ordered, recorded, all-or-nothing, and safe when nodes start at once. */
import { Pool } from 'pg'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PostgresBoardStore } from '../../../server/storage/PostgresBoardStore.ts'
import { migrate, MIGRATIONS, type Migration } from '../../../server/storage/postgresMigrations.ts'
import { createTestDatabase, resetTestDatabase } from '../../helpers/postgres.ts'

let databaseUrl: string
beforeAll(async () => {
  databaseUrl = await createTestDatabase()
})

let pool: Pool
beforeEach(async () => {
  await resetTestDatabase(databaseUrl)
  pool = new Pool({ connectionString: databaseUrl })
})
afterEach(() => pool.end())

async function recordedMigrations() {
  const { rows } = await pool.query<{ id: number; name: string }>(
    'SELECT id, name FROM schema_migrations ORDER BY id',
  )
  return rows
}

async function tableExists(name: string) {
  const { rows } = await pool.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [
    name,
  ])
  return rows[0]!.exists
}

describe('PostgreSQL migrations', () => {
  it('opening a store on an empty database applies every migration once and records it', async () => {
    const store = await PostgresBoardStore.open(databaseUrl)
    await store.close()
    expect(await recordedMigrations()).toEqual(MIGRATIONS.map(({ id, name }) => ({ id, name })))
    for (const table of ['boards', 'board_snapshots', 'board_updates', 'board_tokens', 'board_client_owners'])
      expect([table, await tableExists(table)]).toEqual([table, true])
  })

  it('migrating a migrated database applies nothing and changes nothing', async () => {
    expect(await migrate(pool)).toEqual(MIGRATIONS.map(({ id }) => id))
    const before = await recordedMigrations()
    expect(await migrate(pool)).toEqual([])
    expect(await recordedMigrations()).toEqual(before)
  })

  it('pending migrations run in id order, after the ones already applied', async () => {
    const first: Migration = { id: 1, name: 'notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY)' }
    expect(await migrate(pool, [first])).toEqual([1])
    // Listed out of order on purpose: 3 needs the table that 2 creates.
    const later: Migration[] = [
      { id: 3, name: 'note tags', sql: 'ALTER TABLE tags ADD COLUMN note_id INTEGER REFERENCES notes (id)' },
      { id: 2, name: 'tags', sql: 'CREATE TABLE tags (name TEXT)' },
      first,
    ]
    expect(await migrate(pool, later)).toEqual([2, 3])
    expect((await recordedMigrations()).map((row) => row.id)).toEqual([1, 2, 3])
  })

  it('a migration that fails leaves the database as it was: none of its batch is applied or recorded', async () => {
    const batch: Migration[] = [
      { id: 1, name: 'notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY)' },
      { id: 2, name: 'broken', sql: 'ALTER TABLE missing_table ADD COLUMN x INTEGER' },
    ]
    await expect(migrate(pool, batch)).rejects.toThrow(/missing_table/)
    expect(await tableExists('notes')).toBe(false)
    expect(await tableExists('schema_migrations')).toBe(false)
  })

  it('nodes starting at once on an empty database all open, and each migration is applied once', async () => {
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresBoardStore.open(databaseUrl)))
    await Promise.all(stores.map((store) => store.close()))
    expect(await recordedMigrations()).toEqual(MIGRATIONS.map(({ id, name }) => ({ id, name })))
  })
})
