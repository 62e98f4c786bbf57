import Database from 'better-sqlite3'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createCard, getCardText, readCards } from '../../shared/board/index.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { canonicalJson, connectClient, createClient } from '../helpers/clients.ts'
import { spawnServerProcess } from '../helpers/serverProcess.ts'
import {
  countLoggedUpdates,
  createTestBoard,
  makeDataDir,
  restartTestServer,
  startTestServer,
} from '../helpers/testServer.ts'

const author = { authorId: 'tester', authorName: 'Tester' }

describe('durability', () => {
  it('[SY7] an edit that reached another client survives SIGKILL of the server', async () => {
    const dataDir = makeDataDir()
    const first = await spawnServerProcess(dataDir)
    const a = await connectClient(first.url, DEMO_BOARD_ID)
    const b = await connectClient(first.url, DEMO_BOARD_ID)
    const id = createCard(a.doc, { stance: 'bear', x: 10, y: 20, text: 'must survive', ...author })
    await vi.waitFor(() => expect(getCardText(b.doc, id)?.toString()).toBe('must survive'))

    await first.kill()
    a.provider.destroy()
    b.provider.destroy()
    const second = await spawnServerProcess(dataDir)
    const c = await connectClient(second.url, DEMO_BOARD_ID)
    expect(getCardText(c.doc, id)?.toString()).toBe('must survive')
  })

  it('[SY8] compaction keeps the document identical: same content, same state vector', async () => {
    const server = await startTestServer({ compactAfterUpdates: 5 })
    const { id: boardId, tokens } = await createTestBoard(server)
    const a = await connectClient(server.url, boardId, { token: tokens.edit })
    const room = await server.registry.acquire(boardId)
    for (let i = 0; i < 12; i++)
      createCard(a.doc, { stance: 'bull', x: i, y: i, text: `card ${i}`, ...author })
    await vi.waitFor(() => expect(readCards(room.document('board'))).toHaveLength(12))
    // Compaction ran on its own: the log holds fewer updates than the twelve edits made.
    await vi.waitFor(() => expect(countLoggedUpdates(server.config.dataDir, boardId)).toBeLessThan(5))
    await room.flush()
    expect(countLoggedUpdates(server.config.dataDir, boardId)).toBe(0)
    const before = {
      content: canonicalJson(room.document('board')),
      vector: Y.decodeStateVector(Y.encodeStateVector(room.document('board'))),
    }
    server.registry.release(boardId)

    const restarted = await restartTestServer(server)
    const after = await restarted.registry.withRoom(boardId, (reloaded) => ({
      content: canonicalJson(reloaded.document('board')),
      vector: Y.decodeStateVector(Y.encodeStateVector(reloaded.document('board'))),
    }))
    expect(after).toEqual(before)
  })

  it('[SY9] a board whose stored state cannot be loaded gives an error and is never replaced by an empty one', async () => {
    const server = await startTestServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const file = path.join(server.config.dataDir, 'boards.sqlite')
    const corrupt = new Database(file)
    corrupt
      .prepare('UPDATE document_snapshots SET snapshot = ? WHERE board_id = ? AND doc = ?')
      .run(Buffer.from([1, 200, 3]), boardId, 'board')
    corrupt.close()

    const client = createClient(server.url, boardId, { token: tokens.edit })
    // The client keeps trying, and says so: the board may load once storage is mended.
    await vi.waitFor(() => expect(client.provider.error?.code).toBe(ErrorCode.BoardUnavailable))
    client.provider.destroy()
    const check = new Database(file, { readonly: true })
    const stored = check
      .prepare('SELECT snapshot FROM document_snapshots WHERE board_id = ? AND doc = ?')
      .pluck()
      .get(boardId, 'board')
    check.close()
    expect([...(stored as Buffer)]).toEqual([1, 200, 3])
    expect(server.registry.isLoaded(boardId)).toBe(false)
  })

  it('[SY16] shutdown flushes every room into its snapshot, even one with clients still connected', async () => {
    const server = await startTestServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const a = await connectClient(server.url, boardId, { token: tokens.edit })
    const room = await server.registry.acquire(boardId)
    createCard(a.doc, { stance: 'bull', x: 0, y: 0, text: 'flushed at shutdown', ...author })
    await vi.waitFor(() => expect(readCards(room.document('board'))).toHaveLength(1))
    expect(countLoggedUpdates(server.config.dataDir, boardId, 'board')).toBe(1)

    await server.close()
    expect(countLoggedUpdates(server.config.dataDir, boardId)).toBe(0)
    expect(room.document('board').isDestroyed).toBe(true)
    expect(server.registry.loadedCount).toBe(0)
  })
})
