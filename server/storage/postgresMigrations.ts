/**
 * The PostgreSQL schema as an ordered list of migrations, and the runner every node calls at start.
 * A migration is never edited once released: a change is a new entry at the end.
 */
import type { Pool, PoolClient } from 'pg'
import { inTransaction } from './postgresTransaction.ts'

/** One schema change; `id`s increase in the order they must run. */
export interface Migration {
  id: number
  name: string
  sql: string
}

/** Every migration of the board store, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'boards, documents, update log, tokens, client owners',
    sql: `
      CREATE TABLE boards (
        id TEXT PRIMARY KEY,
        created_at BIGINT NOT NULL,
        created_by TEXT
      );
      CREATE INDEX boards_created_by ON boards (created_by, created_at);
      CREATE TABLE board_snapshots (
        board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        doc TEXT NOT NULL,
        snapshot BYTEA NOT NULL,
        PRIMARY KEY (board_id, doc)
      );
      -- One sequence for the whole store: seqs increase across boards and documents, like SQLite's.
      CREATE TABLE board_updates (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        doc TEXT NOT NULL,
        payload BYTEA NOT NULL
      );
      CREATE INDEX board_updates_document ON board_updates (board_id, doc, seq);
      CREATE TABLE board_tokens (
        board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        token_hash TEXT NOT NULL,
        PRIMARY KEY (board_id, role)
      );
      -- Yjs client ids are unsigned 32-bit integers, wider than INTEGER.
      CREATE TABLE board_client_owners (
        board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        client_id BIGINT NOT NULL CHECK (client_id >= 0),
        owner_id TEXT NOT NULL,
        PRIMARY KEY (board_id, client_id)
      );
    `,
  },
  {
    id: 2,
    name: 'token epochs: edit and view tokens derived from the moderator token',
    // Tokens stored before have no epoch (NULL): they cannot be derived again until reset.
    sql: `ALTER TABLE board_tokens ADD COLUMN epoch INTEGER CHECK (epoch >= 0);`,
  },
  {
    id: 3,
    name: 'replay snapshots of the board document, at phase changes and every few minutes',
    sql: `
      CREATE TABLE replay_snapshots (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
        at BIGINT NOT NULL,
        phase_id TEXT,
        phase_name TEXT,
        cards INTEGER NOT NULL,
        links INTEGER NOT NULL,
        state BYTEA NOT NULL
      );
      CREATE INDEX replay_snapshots_board ON replay_snapshots (board_id, seq);
    `,
  },
]

/** The advisory lock every migrating node takes (a single bigint key: 'debatemg' in ASCII). */
const MIGRATION_LOCK_KEY = '7234296547144723815'

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in order, in one transaction.
 * NOTE: two nodes starting at once both get here; the transaction-scoped advisory lock makes the
 * second wait until the first has committed, and it then finds nothing left to do.
 * @returns the ids applied by this call
 */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return inTransaction(pool, 'BEGIN', async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
    return applyPending(client, migrations)
  })
}

async function applyPending(client: PoolClient, migrations: readonly Migration[]): Promise<number[]> {
  await client.query(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`)
  const { rows } = await client.query<{ id: number }>('SELECT id FROM schema_migrations')
  const done = new Set(rows.map((row) => row.id))
  const applied: number[] = []
  for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
    if (done.has(migration.id)) continue
    await client.query(migration.sql)
    await client.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [
      migration.id,
      migration.name,
    ])
    applied.push(migration.id)
  }
  return applied
}
