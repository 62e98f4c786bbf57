/**
 * A full disk, for real: the store's SQLite database is capped (PRAGMA max_page_count) just above
 * what the demo board needs, so the next large write fails with SQLITE_FULL inside SQLite itself.
 */
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it, vi } from 'vitest'
import { addSource, readSources } from '../../shared/board/index.ts'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { seedDemoBoard } from '../../server/demo/seedDemoBoard.ts'
import { SqliteBoardStore } from '../../server/storage/SqliteBoardStore.ts'
import { connectClient, connectRawSocket } from '../helpers/clients.ts'
import { makeDataDir, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { createBoardOverHttp, updateMessageFrom, waitForErrorCode } from './access/accessHarness.ts'

/** Pages of room left after the demo board: too few for a new board with the two demo articles. */
const SPARE_PAGES = 2

/** A server whose database holds the demo board and has almost no room left. */
async function startServerOnFullDisk(): Promise<TestServer> {
  const dataDir = makeDataDir()
  const file = path.join(dataDir, 'boards.sqlite')
  const seeding = new SqliteBoardStore(file)
  await seedDemoBoard(seeding)
  await seeding.close()
  const db = new Database(file, { readonly: true })
  const pages = Number(db.pragma('page_count', { simple: true }))
  db.close()
  const store = new SqliteBoardStore(file, { maxPageCount: pages + SPARE_PAGES })
  return startTestServer({ dataDir }, undefined, store)
}

async function expectHealthy(server: TestServer) {
  const response = await fetch(`${server.url}/healthz`)
  expect(response.status).toBe(200)
}

describe('a full disk', () => {
  it('[AC31] creating a board when the storage is full answers 503 STORAGE_FULL with Retry-After, and the server goes on', async () => {
    const server = await startServerOnFullDisk()
    const response = await createBoardOverHttp(server, {}, 'ai-boom')
    expect(response.status).toBe(503)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await response.json()).toEqual({
      error: { code: ErrorCode.StorageFull, message: expect.stringMatching(/storage is full/) },
    })
    await expectHealthy(server)
    const reader = await connectClient(server.url, DEMO_BOARD_ID)
    expect(readSources(reader.doc).length).toBeGreaterThan(0)
  })

  it('[AC31] an edit the full storage cannot take closes the room with STORAGE_FULL; the board reopens without it', async () => {
    const server = await startServerOnFullDisk()
    const reference = await connectClient(server.url, DEMO_BOARD_ID)
    const before = readSources(reference.doc).length
    const { socket, errors } = await connectRawSocket(server.url, { boardId: DEMO_BOARD_ID })
    let reason: string | undefined
    socket.on('disconnect', (why) => (reason = why))
    const article = { title: 'Too long', language: 'en', text: 'Words. '.repeat(20_000), addedBy: 'x' }
    socket.emit(
      'sync',
      'board',
      updateMessageFrom(reference.doc, (doc) => addSource(doc, article)),
    )

    const refusal = await waitForErrorCode(errors, ErrorCode.StorageFull)
    expect(refusal.message).toMatch(/storage is full/)
    await vi.waitFor(() => expect(reason).toBe('io server disconnect'))
    await expectHealthy(server)
    // The failed room was unloaded: the board loads again from storage, without the refused article.
    const fresh = await connectClient(server.url, DEMO_BOARD_ID)
    expect(readSources(fresh.doc)).toHaveLength(before)
  })
})
