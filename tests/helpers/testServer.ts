/** A real server on a random loopback port with its own data folder, torn down after the test. */
import Database from 'better-sqlite3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { configWith, type ServerConfig } from '../../server/config.ts'
import type { Role } from '../../shared/access.ts'
import { createBoard, destroyBoardDocuments, type CreateBoardInput } from '../../server/boards/createBoard.ts'
import { startServer, type RunningServer } from '../../server/startServer.ts'
import type { BoardStore } from '../../server/storage/BoardStore.ts'
import { currentScope, registerCleanup, type CleanupScope } from './cleanup.ts'

/** A fresh temporary data folder, removed after the test. */
export function makeDataDir(scope: CleanupScope = currentScope()): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debate-board-test-'))
  registerCleanup(() => fs.rmSync(dir, { recursive: true, force: true }), scope)
  return dir
}

export interface TestServer extends RunningServer {
  config: ServerConfig
  /** Torn down after the test, or after the file when started in beforeAll. */
  scope?: CleanupScope
}

/** Starts a server on 127.0.0.1 and a random port (or `overrides.port`), on `store` when given. */
export async function startTestServer(
  overrides: Parameters<typeof configWith>[0] = {},
  scope: CleanupScope = currentScope(),
  store?: BoardStore,
): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? makeDataDir(scope)
  const config = configWith({ host: '127.0.0.1', port: 0, dataDir, ...overrides })
  const server = await startServer(config, { store })
  registerCleanup(() => server.close(), scope)
  return { ...server, config, scope }
}

/** Stops a server and starts a new one on the same port and data folder. */
export async function restartTestServer(server: TestServer): Promise<TestServer> {
  await server.close()
  return startTestServer({ ...server.config, port: server.port }, server.scope)
}

/** A new blank board on the server; returns its id and its tokens by role. */
export async function createTestBoard(server: TestServer, title = 'Test board') {
  const { id, tokens, documents } = await createBoard(server.store, {
    title,
    motion: 'Tests pass.',
    template: 'blank',
  })
  destroyBoardDocuments(documents)
  return { id, tokens }
}

/** The capability token in a board link (after `#token=`). */
export function tokenOf(link: string): string {
  const token = new URL(link).hash.replace(/^#token=/, '')
  if (!token) throw new Error(`no token in ${link}`)
  return token
}

/** The token of each link, by role. */
export function tokensOf(links: Record<Role, string>): Record<Role, string> {
  return Object.fromEntries(Object.entries(links).map(([role, link]) => [role, tokenOf(link)])) as Record<
    Role,
    string
  >
}

/** Creates a board through the HTTP API, as the landing page does: its id, links and tokens by role. */
export async function createBoardViaApi(server: { url: string }, input: CreateBoardInput) {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  })
  if (response.status !== 201)
    throw new Error(`creating a board answered ${response.status}: ${await response.text()}`)
  const { id, links } = (await response.json()) as { id: string; links: Record<Role, string> }
  return { id, links, tokens: tokensOf(links) }
}

/** How many updates wait in a board's logs (all its documents, or one), read straight from the server's SQLite file. */
export function countLoggedUpdates(dataDir: string, boardId: string, doc?: string): number {
  const db = new Database(path.join(dataDir, 'boards.sqlite'), { readonly: true })
  try {
    const sql = `SELECT COUNT(*) FROM document_updates WHERE board_id = ?${doc ? ' AND doc = ?' : ''}`
    return Number(
      db
        .prepare(sql)
        .pluck()
        .get(...(doc ? [boardId, doc] : [boardId])),
    )
  } finally {
    db.close()
  }
}
