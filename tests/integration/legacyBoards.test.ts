/** [SY30] Boards stored by the first release (one document, meta inside it) open unchanged. */
import Database from 'better-sqlite3'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCard, readCards, readMeta } from '../../shared/board/index.ts'
import { makeDataDir, startTestServer } from '../helpers/testServer.ts'

/** A data folder as the first release left it: schema version 1, the meta in the board's one document. */
function writeFirstReleaseBoard(dataDir: string, boardId: string): string {
  const doc = new Y.Doc()
  const meta = doc.getMap('meta')
  meta.set('title', 'Kept from the first release')
  meta.set('motion', 'Old boards open.')
  meta.set('createdAt', 1)
  meta.set('schemaVersion', 1)
  const cardId = createCard(doc, {
    stance: 'bear',
    x: 0,
    y: 0,
    text: 'an old card',
    authorId: 'a',
    authorName: 'A',
  })
  const db = new Database(path.join(dataDir, 'boards.sqlite'))
  db.exec(`
    CREATE TABLE boards (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, created_by TEXT);
    CREATE TABLE board_snapshots (board_id TEXT PRIMARY KEY REFERENCES boards (id), snapshot BLOB NOT NULL);
    CREATE TABLE board_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, board_id TEXT NOT NULL REFERENCES boards (id), payload BLOB NOT NULL);
    CREATE TABLE board_tokens (board_id TEXT NOT NULL REFERENCES boards (id), role TEXT NOT NULL, token_hash TEXT NOT NULL, PRIMARY KEY (board_id, role));
  `)
  db.prepare('INSERT INTO boards VALUES (?, 1, NULL)').run(boardId)
  db.prepare('INSERT INTO board_snapshots VALUES (?, ?)').run(boardId, Y.encodeStateAsUpdate(doc))
  db.close()
  return cardId
}

describe('boards from the first release', () => {
  it('[SY30] a data folder of the first release is migrated at start: its boards keep their cards, and their title and motion move to the control document', async () => {
    const dataDir = makeDataDir()
    const cardId = writeFirstReleaseBoard(dataDir, 'old-board')
    const server = await startTestServer({ dataDir, requireTokens: false })
    const title = await server.registry.withRoom(
      'old-board',
      (room) => readMeta(room.document('control')).title,
    )
    expect(title).toBe('Kept from the first release')
    const cards = await server.registry.withRoom('old-board', (room) => readCards(room.document('board')))
    expect(cards.map((card) => [card.id, card.text])).toEqual([[cardId, 'an old card']])

    await server.close()
    const again = await startTestServer({ dataDir })
    const control = await again.registry.withRoom('old-board', (room) => readMeta(room.document('control')))
    expect(control).toMatchObject({ title: 'Kept from the first release', motion: 'Old boards open.' })
  })
})
