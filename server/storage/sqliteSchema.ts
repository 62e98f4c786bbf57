/**
 * The SQLite schema and its migrations, applied in order inside one transaction at open.
 * `PRAGMA user_version` records how many have run.
 */
import type Database from 'better-sqlite3'

const MIGRATIONS: readonly string[] = [
  // 1: one document per board (the first release).
  `
  CREATE TABLE IF NOT EXISTS boards (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, created_by TEXT);
  CREATE INDEX IF NOT EXISTS boards_created_by ON boards (created_by, created_at);
  CREATE TABLE IF NOT EXISTS board_snapshots (
    board_id TEXT PRIMARY KEY REFERENCES boards (id), snapshot BLOB NOT NULL);
  CREATE TABLE IF NOT EXISTS board_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, board_id TEXT NOT NULL REFERENCES boards (id), payload BLOB NOT NULL);
  CREATE INDEX IF NOT EXISTS board_updates_board ON board_updates (board_id, seq);
  CREATE TABLE IF NOT EXISTS board_tokens (
    board_id TEXT NOT NULL REFERENCES boards (id), role TEXT NOT NULL, token_hash TEXT NOT NULL,
    PRIMARY KEY (board_id, role));
  `,
  // 2: a board is several documents; Yjs client ids belong to participants. The old single document
  // becomes the 'board' document (the room moves its meta into 'control' when it first loads it).
  `
  CREATE TABLE document_snapshots (
    board_id TEXT NOT NULL REFERENCES boards (id), doc TEXT NOT NULL, snapshot BLOB NOT NULL,
    PRIMARY KEY (board_id, doc));
  CREATE TABLE document_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, board_id TEXT NOT NULL REFERENCES boards (id),
    doc TEXT NOT NULL, payload BLOB NOT NULL);
  CREATE INDEX document_updates_doc ON document_updates (board_id, doc, seq);
  CREATE TABLE client_owners (
    board_id TEXT NOT NULL REFERENCES boards (id), client_id INTEGER NOT NULL, owner TEXT NOT NULL,
    PRIMARY KEY (board_id, client_id));
  INSERT INTO document_snapshots (board_id, doc, snapshot) SELECT board_id, 'board', snapshot FROM board_snapshots;
  INSERT INTO document_updates (seq, board_id, doc, payload) SELECT seq, board_id, 'board', payload FROM board_updates;
  DROP TABLE board_updates;
  DROP TABLE board_snapshots;
  `,
  // 3: edit and view tokens are derived from the moderator token at an epoch (one more per reset).
  // Tokens stored before have no epoch (NULL): they cannot be derived again until reset.
  `
  ALTER TABLE board_tokens ADD COLUMN epoch INTEGER CHECK (epoch >= 0 AND epoch = CAST(epoch AS INTEGER));
  `,
  // 4: replay snapshots of the 'board' document (server/replay), at phase changes and every few minutes.
  `
  CREATE TABLE replay_snapshots (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, board_id TEXT NOT NULL REFERENCES boards (id),
    at INTEGER NOT NULL, phase_id TEXT, phase_name TEXT,
    cards INTEGER NOT NULL, links INTEGER NOT NULL, state BLOB NOT NULL);
  CREATE INDEX replay_snapshots_board ON replay_snapshots (board_id, seq);
  `,
]

/** Brings a database up to the current schema. */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    const done = db.pragma('user_version', { simple: true }) as number
    for (let version = done; version < MIGRATIONS.length; version++) db.exec(MIGRATIONS[version]!)
    db.pragma(`user_version = ${MIGRATIONS.length}`)
  })()
}
