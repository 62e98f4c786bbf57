/** A real server whose article import adds to a recording fake instead of a live room. */
import { expect } from 'vitest'
import { configWith } from '../../../server/config.ts'
import { createBoard, destroyBoardDocuments } from '../../../server/boards/createBoard.ts'
import { importSettingsWith, type ImportSettings } from '../../../server/sources/importSettings.ts'
import type { AddSourceToBoard } from '../../../server/sources/sourcesRouter.ts'
import { startServer, type RunningServer } from '../../../server/startServer.ts'
import type { ErrorCode } from '../../../shared/errors.ts'
import type { ImportedSourceInput } from '../../../shared/sources/importedArticle.ts'
import { registerCleanup } from '../../helpers/cleanup.ts'
import { makeDataDir } from '../../helpers/testServer.ts'

export interface ImportServer {
  server: RunningServer
  /** Every call of addSourceToBoard, in order. */
  added: { boardId: string; source: ImportedSourceInput }[]
  /** A new board with its tokens by role. */
  createBoard(): Promise<{ id: string; tokens: Record<'moderate' | 'edit' | 'view', string> }>
}

/**
 * Starts a server on 127.0.0.1:0 with import settings from env-style overrides; `addSource` replaces
 * the default fake (which records the call and answers `source-<n>`).
 */
export async function startImportServer(
  env: Parameters<typeof importSettingsWith>[0] = {},
  options: { addSource?: AddSourceToBoard; fetch?: Partial<ImportSettings['fetch']> } = {},
): Promise<ImportServer> {
  const added: ImportServer['added'] = []
  const settings = importSettingsWith(env)
  const config = configWith({
    host: '127.0.0.1',
    port: 0,
    dataDir: makeDataDir(),
    sourceImport: { ...settings, fetch: { ...settings.fetch, ...options.fetch } },
  })
  const addSourceToBoard: AddSourceToBoard = async (boardId, source) => {
    added.push({ boardId, source })
    return options.addSource ? options.addSource(boardId, source) : `source-${added.length}`
  }
  const server = await startServer(config, { addSourceToBoard })
  registerCleanup(() => server.close())
  return {
    server,
    added,
    async createBoard() {
      const { id, tokens, documents } = await createBoard(server.store, {
        title: 'Import',
        template: 'blank',
      })
      destroyBoardDocuments(documents)
      return { id, tokens }
    },
  }
}

/** Posts to the import endpoint and returns the status and parsed JSON body. */
export async function postSource(
  server: RunningServer,
  boardId: string,
  init: { token?: string; body?: BodyInit; headers?: Record<string, string> },
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(`${server.url}/api/boards/${boardId}/sources`, {
    method: 'POST',
    headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers },
    body: init.body,
  })
  return { status: response.status, body: await response.json(), headers: response.headers }
}

/** The request parts of a JSON `{ url }` import. */
export function urlImport(url: string, extra: Record<string, unknown> = {}) {
  return { body: JSON.stringify({ url, ...extra }), headers: { 'content-type': 'application/json' } }
}

/** The request parts of a file upload. */
export function fileImport(bytes: Uint8Array, contentType: string, filename?: string) {
  return {
    body: bytes as BodyInit,
    headers: {
      'content-type': contentType,
      ...(filename ? { 'x-filename': encodeURIComponent(filename) } : {}),
    },
  }
}

/** Checks the exact error body every failure has: a code, a message, nothing else (no stack). */
export function expectError(
  result: { status: number; body: unknown },
  status: number,
  code: ErrorCode,
): void {
  expect(result.status).toBe(status)
  expect(result.body).toEqual({ error: { code, message: expect.any(String) } })
  expect(JSON.stringify(result.body)).not.toMatch(/at .*\.ts:\d+/)
}
