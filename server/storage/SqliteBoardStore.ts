/** The default board store: one SQLite file in DATA_DIR, WAL mode, an append-only log per document. */
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Role } from '../../shared/access.ts'
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
import { migrate } from './sqliteSchema.ts'

/**
 * How often the WAL is copied into the database file. SQLite's own auto-checkpoint runs inside the
 * commit that crosses 1,000 pages, a stall of milliseconds in the middle of an update's path; on a
 * timer it runs between updates, and each run copies only the pages changed since the last one.
 * Appends rewrite the same few pages (the log's last leaf, its index), so a longer interval copies
 * them, and syncs the file, fewer times for the same work: every 5 s keeps the WAL to a few MB.
 */
const CHECKPOINT_INTERVAL_MS = 5_000

interface PendingAppend {
  id: string
  doc: string
  update: Uint8Array
  resolve(seq: number): void
  reject(error: unknown): void
}

/**
 * Board storage in SQLite; every write is a synchronous transaction, durable before its promise
 * resolves. Appends made in one turn of the event loop share one transaction (one WAL commit).
 */
export class SqliteBoardStore implements BoardStore {
  private readonly db: Database.Database
  private readonly statements
  /** One transaction over a batch of appends, compiled once (better-sqlite3 builds a wrapper per call). */
  private readonly appendAll: (batch: PendingAppend[]) => number[]
  private pendingAppends: PendingAppend[] = []
  private readonly checkpointTimer: NodeJS.Timeout | undefined

  /**
   * `maxPageCount` caps the database at that many pages (SQLite's max_page_count, per connection):
   * past it every write fails with SQLITE_FULL, exactly as on a full disk.
   */
  constructor(file: string, options: { maxPageCount?: number } = {}) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true })
    this.db = new Database(file)
    const { maxPageCount } = options
    if (maxPageCount !== undefined) {
      if (!Number.isSafeInteger(maxPageCount) || maxPageCount < 1)
        throw new RangeError(`maxPageCount must be a positive integer, not ${maxPageCount}`)
      this.db.pragma(`max_page_count = ${maxPageCount}`)
    }
    // WAL with synchronous=NORMAL survives a killed process (the log is in the OS cache);
    // only a power cut can lose the last transactions.
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('foreign_keys = ON')
    migrate(this.db)
    this.statements = this.prepare()
    this.appendAll = this.db.transaction((batch: PendingAppend[]) =>
      batch.map((pending) => this.append(pending)),
    )
    if (file !== ':memory:') {
      this.db.pragma('wal_autocheckpoint = 0')
      this.checkpointTimer = setInterval(() => this.checkpoint(), CHECKPOINT_INTERVAL_MS).unref()
    }
  }

  /** Opens the store at `DATA_DIR/boards.sqlite`. */
  static inDataDir(dataDir: string): SqliteBoardStore {
    return new SqliteBoardStore(path.join(dataDir, 'boards.sqlite'))
  }

  private prepare() {
    const db = this.db
    return {
      insertBoard: db.prepare('INSERT INTO boards (id, created_at, created_by) VALUES (?, ?, ?)'),
      hasBoard: db.prepare('SELECT 1 FROM boards WHERE id = ?').pluck(),
      snapshots: db.prepare('SELECT doc, snapshot FROM document_snapshots WHERE board_id = ?'),
      updates: db.prepare('SELECT seq, doc, payload FROM document_updates WHERE board_id = ? ORDER BY seq'),
      owners: db.prepare('SELECT client_id, owner FROM client_owners WHERE board_id = ?'),
      append: db.prepare('INSERT INTO document_updates (board_id, doc, payload) VALUES (?, ?, ?)'),
      upsertSnapshot: db.prepare(
        'INSERT INTO document_snapshots (board_id, doc, snapshot) VALUES (?, ?, ?) ON CONFLICT (board_id, doc) DO UPDATE SET snapshot = excluded.snapshot',
      ),
      snapshotOf: db
        .prepare('SELECT snapshot FROM document_snapshots WHERE board_id = ? AND doc = ?')
        .pluck(),
      droppedUpdates: db
        .prepare(
          'SELECT payload FROM document_updates WHERE board_id = ? AND doc = ? AND seq <= ? ORDER BY seq',
        )
        .pluck(),
      dropUpdates: db.prepare('DELETE FROM document_updates WHERE board_id = ? AND doc = ? AND seq <= ?'),
      claim: db.prepare(
        'INSERT INTO client_owners (board_id, client_id, owner) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      findRole: db.prepare('SELECT role FROM board_tokens WHERE board_id = ? AND token_hash = ?').pluck(),
      upsertToken: db.prepare(
        'INSERT INTO board_tokens (board_id, role, token_hash, epoch) VALUES (?, ?, ?, ?) ON CONFLICT (board_id, role) DO UPDATE SET token_hash = excluded.token_hash, epoch = excluded.epoch',
      ),
      tokenEpochs: db.prepare(
        'SELECT role, epoch FROM board_tokens WHERE board_id = ? AND epoch IS NOT NULL',
      ),
      countCreated: db
        .prepare('SELECT COUNT(*) FROM boards WHERE created_by = ? AND created_at >= ?')
        .pluck(),
      ...prepareReplay(db),
    }
  }

  async createBoard(board: NewBoard): Promise<void> {
    this.flushAppends()
    this.db.transaction(() => {
      this.statements.insertBoard.run(board.id, board.createdAt, board.createdBy ?? null)
      for (const [doc, state] of Object.entries(board.documents))
        this.statements.upsertSnapshot.run(board.id, doc, state)
      for (const [role, hash] of Object.entries(board.tokenHashes))
        this.statements.upsertToken.run(board.id, role, hash, 0)
    })()
  }

  async hasBoard(id: string): Promise<boolean> {
    this.flushAppends()
    return this.statements.hasBoard.get(id) === 1
  }

  async loadBoard(id: string): Promise<StoredBoardState | undefined> {
    this.flushAppends()
    return this.db.transaction(() => {
      if (this.statements.hasBoard.get(id) !== 1) return undefined
      const documents = new Map<string, StoredDocumentState>()
      const documentOf = (doc: string) => {
        let state = documents.get(doc)
        if (!state) documents.set(doc, (state = { snapshot: undefined, updates: [] }))
        return state
      }
      const snapshots = this.statements.snapshots.all(id) as { doc: string; snapshot: Buffer }[]
      for (const row of snapshots) documentOf(row.doc).snapshot = new Uint8Array(row.snapshot)
      const updates = this.statements.updates.all(id) as { seq: number; doc: string; payload: Buffer }[]
      for (const row of updates)
        documentOf(row.doc).updates.push({ seq: row.seq, update: new Uint8Array(row.payload) })
      const owners = this.statements.owners.all(id) as { client_id: number; owner: string }[]
      return { documents, clientOwners: new Map(owners.map((row) => [row.client_id, row.owner])) }
    })()
  }

  /**
   * Resolves once the update is committed, in one transaction with the other appends of this turn
   * of the event loop (the room broadcasts only after that, SY7).
   */
  appendUpdate(id: string, doc: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pendingAppends.push({ id, doc, update, resolve, reject })
      if (this.pendingAppends.length === 1) setImmediate(() => this.flushAppends())
    })
  }

  /**
   * Commits the pending appends. Every other call commits them first, so that the store answers
   * exactly as if each append had been committed when it was made.
   */
  private flushAppends() {
    const batch = this.pendingAppends
    if (batch.length === 0) return
    this.pendingAppends = []
    let seqs: number[]
    try {
      seqs = this.appendAll(batch)
    } catch {
      // One append that cannot be stored (a full disk, a deleted board) must not fail the others.
      for (const pending of batch) {
        try {
          pending.resolve(this.append(pending))
        } catch (error) {
          pending.reject(error)
        }
      }
      return
    }
    batch.forEach((pending, i) => pending.resolve(seqs[i]!))
  }

  private append({ id, doc, update }: PendingAppend): number {
    return Number(this.statements.append.run(id, doc, update).lastInsertRowid)
  }

  /**
   * Copies into the database file what the WAL holds beyond it. With nothing new that is a look at
   * the WAL index and no I/O, so no flag needs to track whether anything was written.
   */
  private checkpoint() {
    if (!this.db.open) return
    try {
      // PASSIVE never waits for readers; what it cannot copy now, the next run copies.
      this.db.pragma('wal_checkpoint(PASSIVE)')
    } catch {
      // Busy or failing now: the next run tries again.
    }
  }

  async compact(id: string, doc: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.flushAppends()
    this.db.transaction(() => {
      // A late compaction (an old room's last one) must not lose what a newer one stored.
      const stored = this.statements.snapshotOf.get(id, doc) as Buffer | undefined
      const dropped = this.statements.droppedUpdates.all(id, doc, upToSeq) as Buffer[]
      this.statements.upsertSnapshot.run(id, doc, mergeSnapshot(snapshot, stored, dropped))
      this.statements.dropUpdates.run(id, doc, upToSeq)
    })()
  }

  async claimClientIds(id: string, ownerId: string, clientIds: readonly number[]): Promise<void> {
    this.flushAppends()
    this.db.transaction(() => {
      if (this.statements.hasBoard.get(id) !== 1) throw new Error(`no board ${id}`)
      for (const clientId of clientIds) this.statements.claim.run(id, clientId, ownerId)
    })()
  }

  async findRole(id: string, tokenHash: string): Promise<Role | undefined> {
    this.flushAppends()
    return (this.statements.findRole.get(id, tokenHash) as Role | undefined) ?? undefined
  }

  async replaceToken(id: string, role: Role, tokenHash: string, epoch: number): Promise<void> {
    this.flushAppends()
    this.statements.upsertToken.run(id, role, tokenHash, epoch)
  }

  async readTokenEpochs(id: string): Promise<Partial<Record<Role, number>>> {
    this.flushAppends()
    const rows = this.statements.tokenEpochs.all(id) as { role: Role; epoch: number }[]
    return Object.fromEntries(rows.map((row) => [row.role, row.epoch]))
  }

  async countBoardsCreatedSince(createdBy: string, since: number): Promise<number> {
    this.flushAppends()
    return Number(this.statements.countCreated.get(createdBy, since))
  }

  async appendReplaySnapshot(id: string, snapshot: NewReplaySnapshot): Promise<number> {
    const { at, phaseId, phaseName, cards, links, state } = snapshot
    const row = [id, at, phaseId ?? null, phaseName ?? null, cards, links, state]
    return Number(this.statements.appendReplay.run(...row).lastInsertRowid)
  }

  async listReplaySnapshots(id: string): Promise<ReplaySnapshotInfo[]> {
    return (this.statements.listReplay.all(id) as ReplayRow[]).map(replayInfoOfRow)
  }

  async readReplaySnapshot(id: string, seq: number): Promise<ReplaySnapshot | undefined> {
    const row = this.statements.readReplay.get(id, seq) as (ReplayRow & { state: Buffer }) | undefined
    return row && replaySnapshotOfRow(row)
  }

  async deleteReplaySnapshots(id: string, seqs: readonly number[]): Promise<void> {
    this.db.transaction(() => {
      for (const seq of seqs) this.statements.deleteReplay.run(id, seq)
    })()
  }

  async close(): Promise<void> {
    clearInterval(this.checkpointTimer)
    if (!this.db.open) return
    this.flushAppends()
    this.db.close()
  }
}

const REPLAY_COLUMNS = 'seq, at, phase_id, phase_name, cards, links'

/** The statements of replay snapshots (server/replay). */
function prepareReplay(db: Database.Database) {
  return {
    appendReplay: db.prepare(
      'INSERT INTO replay_snapshots (board_id, at, phase_id, phase_name, cards, links, state) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    listReplay: db.prepare(`SELECT ${REPLAY_COLUMNS} FROM replay_snapshots WHERE board_id = ? ORDER BY seq`),
    readReplay: db.prepare(
      `SELECT ${REPLAY_COLUMNS}, state FROM replay_snapshots WHERE board_id = ? AND seq = ?`,
    ),
    deleteReplay: db.prepare('DELETE FROM replay_snapshots WHERE board_id = ? AND seq = ?'),
  }
}
