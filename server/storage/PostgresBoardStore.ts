/**
 * The board store for several nodes: PostgreSQL through a `pg` pool, selected by DATABASE_URL.
 * Same contract as SQLite: every write is committed (synchronous_commit, PostgreSQL's default) before
 * its promise resolves, so a room may broadcast an update as soon as appendUpdate resolves (SY7).
 */
import { Pool, type PoolClient, type PoolConfig } from 'pg'
import type { Role } from '../../shared/access.ts'
import type { Logger } from '../log.ts'
import type {
  BoardStore,
  NewBoard,
  NewReplaySnapshot,
  ReplaySnapshot,
  ReplaySnapshotInfo,
  StoredBoardState,
  StoredDocumentState,
} from './BoardStore.ts'
import { mergeSnapshot } from './mergeSnapshot.ts'
import { replayInfoOfRow, replaySnapshotOfRow, type ReplayRow } from './replayRows.ts'
import { migrate } from './postgresMigrations.ts'
import { inTransaction } from './postgresTransaction.ts'

/** The first key of every per-board compaction lock ('comp' in ASCII); the second is the board id's hash. */
const COMPACT_LOCK_SPACE = 1_668_246_896

const UPSERT_SNAPSHOT = `
  INSERT INTO board_snapshots (board_id, doc, snapshot) VALUES ($1, $2, $3)
  ON CONFLICT (board_id, doc) DO UPDATE SET snapshot = excluded.snapshot`

const UPSERT_TOKEN = `
  INSERT INTO board_tokens (board_id, role, token_hash, epoch) VALUES ($1, $2, $3, $4)
  ON CONFLICT (board_id, role) DO UPDATE SET token_hash = excluded.token_hash, epoch = excluded.epoch`

const REPLAY_COLUMNS = 'seq, at, phase_id, phase_name, cards, links'

export interface PostgresBoardStoreOptions {
  /** Connections in the pool (pg's default: 10). */
  max?: number
  /** Told about a pooled connection that broke while idle (the pool replaces it by itself). */
  log?: Pick<Logger, 'warn'>
}

/** Board storage in PostgreSQL; open it with `PostgresBoardStore.open(url)`, which migrates first. */
export class PostgresBoardStore implements BoardStore {
  private closed = false

  private constructor(private readonly pool: Pool) {}

  /** Connects to `connectionString`, applies the pending migrations, and resolves with the store. */
  static async open(
    connectionString: string,
    options: PostgresBoardStoreOptions = {},
  ): Promise<PostgresBoardStore> {
    const config: PoolConfig = { connectionString, max: options.max }
    const pool = new Pool(config)
    // Without a listener, an idle connection dropped by the server (a restart, a failover) would be
    // an unhandled 'error' event and end the process.
    pool.on('error', (error) => options.log?.warn({ err: error }, 'idle PostgreSQL connection lost'))
    try {
      await migrate(pool)
    } catch (error) {
      await pool.end()
      throw error
    }
    return new PostgresBoardStore(pool)
  }

  async createBoard(board: NewBoard): Promise<void> {
    await inTransaction(this.pool, 'BEGIN', async (client) => {
      await client.query('INSERT INTO boards (id, created_at, created_by) VALUES ($1, $2, $3)', [
        board.id,
        board.createdAt,
        board.createdBy ?? null,
      ])
      for (const [doc, state] of Object.entries(board.documents))
        await client.query(UPSERT_SNAPSHOT, [board.id, doc, state])
      for (const [role, hash] of Object.entries(board.tokenHashes))
        await client.query(UPSERT_TOKEN, [board.id, role, hash, 0])
    })
  }

  async hasBoard(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM boards WHERE id = $1', [id])
    return rowCount === 1
  }

  async loadBoard(id: string): Promise<StoredBoardState | undefined> {
    // REPEATABLE READ: every query below sees the same instant, so no append or compaction that
    // commits meanwhile can show up in one table and not in another.
    return inTransaction(this.pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
      const { rowCount } = await client.query('SELECT 1 FROM boards WHERE id = $1', [id])
      if (rowCount !== 1) return undefined
      return { documents: await readDocuments(client, id), clientOwners: await readClientOwners(client, id) }
    })
  }

  async appendUpdate(id: string, doc: string, update: Uint8Array): Promise<number> {
    // The hot path: one round trip, autocommitted; a named statement is parsed once per connection.
    const { rows } = await this.pool.query<{ seq: string }>({
      name: 'board-store-append-update',
      text: 'INSERT INTO board_updates (board_id, doc, payload) VALUES ($1, $2, $3) RETURNING seq',
      values: [id, doc, update],
    })
    return Number(rows[0]!.seq)
  }

  async compact(id: string, doc: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    await inTransaction(this.pool, 'BEGIN', async (client) => {
      // Held until COMMIT: a second node compacting this board waits, then reads what we wrote.
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [COMPACT_LOCK_SPACE, id])
      const stored = await client.query<{ snapshot: Buffer }>(
        'SELECT snapshot FROM board_snapshots WHERE board_id = $1 AND doc = $2',
        [id, doc],
      )
      const dropped = await client.query<{ payload: Buffer }>(
        'DELETE FROM board_updates WHERE board_id = $1 AND doc = $2 AND seq <= $3 RETURNING payload',
        [id, doc, upToSeq],
      )
      const merged = mergeSnapshot(
        snapshot,
        stored.rows[0]?.snapshot,
        dropped.rows.map((row) => row.payload),
      )
      await client.query(UPSERT_SNAPSHOT, [id, doc, merged])
    })
  }

  async claimClientIds(id: string, ownerId: string, clientIds: readonly number[]): Promise<void> {
    await this.pool.query(
      `INSERT INTO board_client_owners (board_id, client_id, owner_id)
       SELECT $1, client_id, $3 FROM unnest($2::bigint[]) AS client_id
       ON CONFLICT (board_id, client_id) DO NOTHING`,
      [id, clientIds, ownerId],
    )
  }

  async findRole(id: string, tokenHash: string): Promise<Role | undefined> {
    const { rows } = await this.pool.query<{ role: Role }>(
      'SELECT role FROM board_tokens WHERE board_id = $1 AND token_hash = $2',
      [id, tokenHash],
    )
    return rows[0]?.role
  }

  async replaceToken(id: string, role: Role, tokenHash: string, epoch: number): Promise<void> {
    await this.pool.query(UPSERT_TOKEN, [id, role, tokenHash, epoch])
  }

  async readTokenEpochs(id: string): Promise<Partial<Record<Role, number>>> {
    const { rows } = await this.pool.query<{ role: Role; epoch: number }>(
      'SELECT role, epoch FROM board_tokens WHERE board_id = $1 AND epoch IS NOT NULL',
      [id],
    )
    return Object.fromEntries(rows.map((row) => [row.role, row.epoch]))
  }

  async countBoardsCreatedSince(createdBy: string, since: number): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>(
      'SELECT COUNT(*) AS count FROM boards WHERE created_by = $1 AND created_at >= $2',
      [createdBy, since],
    )
    return Number(rows[0]!.count)
  }

  async appendReplaySnapshot(id: string, snapshot: NewReplaySnapshot): Promise<number> {
    const { at, phaseId, phaseName, cards, links, state } = snapshot
    const { rows } = await this.pool.query<{ seq: string }>(
      `INSERT INTO replay_snapshots (board_id, at, phase_id, phase_name, cards, links, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq`,
      [id, at, phaseId ?? null, phaseName ?? null, cards, links, state],
    )
    return Number(rows[0]!.seq)
  }

  async listReplaySnapshots(id: string): Promise<ReplaySnapshotInfo[]> {
    const { rows } = await this.pool.query<ReplayRow>(
      `SELECT ${REPLAY_COLUMNS} FROM replay_snapshots WHERE board_id = $1 ORDER BY seq`,
      [id],
    )
    return rows.map(replayInfoOfRow)
  }

  async readReplaySnapshot(id: string, seq: number): Promise<ReplaySnapshot | undefined> {
    const { rows } = await this.pool.query<ReplayRow & { state: Buffer }>(
      `SELECT ${REPLAY_COLUMNS}, state FROM replay_snapshots WHERE board_id = $1 AND seq = $2`,
      [id, seq],
    )
    return rows[0] && replaySnapshotOfRow(rows[0])
  }

  async deleteReplaySnapshots(id: string, seqs: readonly number[]): Promise<void> {
    await this.pool.query('DELETE FROM replay_snapshots WHERE board_id = $1 AND seq = ANY($2::bigint[])', [
      id,
      seqs,
    ])
  }

  async close(): Promise<void> {
    // pg's Pool.end throws when called twice; SQLite's close may be, so this one may too.
    if (this.closed) return
    this.closed = true
    await this.pool.end()
  }
}

async function readDocuments(client: PoolClient, id: string): Promise<Map<string, StoredDocumentState>> {
  const documents = new Map<string, StoredDocumentState>()
  const documentNamed = (doc: string) => {
    let state = documents.get(doc)
    if (!state) documents.set(doc, (state = { snapshot: undefined, updates: [] }))
    return state
  }
  const snapshots = await client.query<{ doc: string; snapshot: Buffer }>(
    'SELECT doc, snapshot FROM board_snapshots WHERE board_id = $1 ORDER BY doc',
    [id],
  )
  for (const row of snapshots.rows) documentNamed(row.doc).snapshot = new Uint8Array(row.snapshot)
  const updates = await client.query<{ doc: string; seq: string; payload: Buffer }>(
    'SELECT doc, seq, payload FROM board_updates WHERE board_id = $1 ORDER BY seq',
    [id],
  )
  for (const row of updates.rows)
    documentNamed(row.doc).updates.push({ seq: Number(row.seq), update: new Uint8Array(row.payload) })
  return documents
}

async function readClientOwners(client: PoolClient, id: string): Promise<Map<number, string>> {
  const { rows } = await client.query<{ client_id: string; owner_id: string }>(
    'SELECT client_id, owner_id FROM board_client_owners WHERE board_id = $1',
    [id],
  )
  return new Map(rows.map((row) => [Number(row.client_id), row.owner_id]))
}
