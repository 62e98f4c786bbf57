/** The default board store: one SQLite file in DATA_DIR, WAL mode, an append-only update log. */
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Role } from '../../shared/access.ts'
import type { BoardStore, NewBoard, StoredBoardState } from './BoardStore.ts'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  created_by TEXT
);
CREATE INDEX IF NOT EXISTS boards_created_by ON boards (created_by, created_at);
CREATE TABLE IF NOT EXISTS board_snapshots (
  board_id TEXT PRIMARY KEY REFERENCES boards (id),
  snapshot BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS board_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL REFERENCES boards (id),
  payload BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS board_updates_board ON board_updates (board_id, seq);
CREATE TABLE IF NOT EXISTS board_tokens (
  board_id TEXT NOT NULL REFERENCES boards (id),
  role TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  PRIMARY KEY (board_id, role)
);
`

/** Board storage in SQLite; every write is one synchronous transaction, durable before it returns. */
export class SqliteBoardStore implements BoardStore {
  private readonly db: Database.Database
  private readonly statements

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
    this.db.exec(SCHEMA)
    this.statements = this.prepare()
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
      snapshot: db.prepare('SELECT snapshot FROM board_snapshots WHERE board_id = ?').pluck(),
      updates: db.prepare('SELECT seq, payload FROM board_updates WHERE board_id = ? ORDER BY seq'),
      append: db.prepare('INSERT INTO board_updates (board_id, payload) VALUES (?, ?)'),
      upsertSnapshot: db.prepare(
        'INSERT INTO board_snapshots (board_id, snapshot) VALUES (?, ?) ON CONFLICT (board_id) DO UPDATE SET snapshot = excluded.snapshot',
      ),
      dropUpdates: db.prepare('DELETE FROM board_updates WHERE board_id = ? AND seq <= ?'),
      findRole: db.prepare('SELECT role FROM board_tokens WHERE board_id = ? AND token_hash = ?').pluck(),
      upsertToken: db.prepare(
        'INSERT INTO board_tokens (board_id, role, token_hash) VALUES (?, ?, ?) ON CONFLICT (board_id, role) DO UPDATE SET token_hash = excluded.token_hash',
      ),
      countCreated: db
        .prepare('SELECT COUNT(*) FROM boards WHERE created_by = ? AND created_at >= ?')
        .pluck(),
    }
  }

  async createBoard(board: NewBoard): Promise<void> {
    this.db.transaction(() => {
      this.statements.insertBoard.run(board.id, board.createdAt, board.createdBy ?? null)
      this.statements.upsertSnapshot.run(board.id, board.initialState)
      for (const [role, hash] of Object.entries(board.tokenHashes))
        this.statements.upsertToken.run(board.id, role, hash)
    })()
  }

  async hasBoard(id: string): Promise<boolean> {
    return this.statements.hasBoard.get(id) === 1
  }

  async loadBoard(id: string): Promise<StoredBoardState | undefined> {
    return this.db.transaction(() => {
      if (this.statements.hasBoard.get(id) !== 1) return undefined
      const snapshot = this.statements.snapshot.get(id) as Buffer | undefined
      const rows = this.statements.updates.all(id) as { seq: number; payload: Buffer }[]
      return {
        snapshot: snapshot && new Uint8Array(snapshot),
        updates: rows.map((row) => ({ seq: row.seq, update: new Uint8Array(row.payload) })),
      }
    })()
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    return Number(this.statements.append.run(id, update).lastInsertRowid)
  }

  async compact(id: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.statements.upsertSnapshot.run(id, snapshot)
      this.statements.dropUpdates.run(id, upToSeq)
    })()
  }

  async findRole(id: string, tokenHash: string): Promise<Role | undefined> {
    return (this.statements.findRole.get(id, tokenHash) as Role | undefined) ?? undefined
  }

  async replaceToken(id: string, role: Role, tokenHash: string): Promise<void> {
    this.statements.upsertToken.run(id, role, tokenHash)
  }

  async countBoardsCreatedSince(createdBy: string, since: number): Promise<number> {
    return Number(this.statements.countCreated.get(createdBy, since))
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}
