/** Helpers shared by the access and hardening tests: servers with chosen limits, HTTP, raw updates. */
import * as Y from 'yjs'
import { vi } from 'vitest'
import { configWith } from '../../../server/config.ts'
import type { Limits } from '../../../server/limits/limitsConfig.ts'
import type { ErrorCode, ErrorPayload } from '../../../shared/errors.ts'
import { encodeSyncUpdate } from '../../../shared/protocol.ts'
import type { ServerConfig } from '../../../server/config.ts'
import { startTestServer, type TestServer } from '../../helpers/testServer.ts'

/** A test server whose limits are the defaults with `limits` replaced. */
export function startServerWithLimits(
  limits: Partial<Limits>,
  overrides: Partial<Omit<ServerConfig, 'limits'>> = {},
): Promise<TestServer> {
  return startTestServer({ ...overrides, limits: { ...configWith({}).limits, ...limits } })
}

/** Waits until `errors` holds one with `code`, and returns it. */
export async function waitForErrorCode(errors: ErrorPayload[], code: ErrorCode): Promise<ErrorPayload> {
  return vi.waitFor(
    () => {
      const found = errors.find((error) => error.code === code)
      if (!found) throw new Error(`no ${code} yet; got ${errors.map((e) => e.code).join(', ') || 'nothing'}`)
      return found
    },
    { timeout: 5_000, interval: 10 },
  )
}

/** The sync message that carries the update a change to a copy of the server's doc produces. */
export function updateMessageFrom(base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(copy)
  change(copy)
  const update = Y.encodeStateAsUpdate(copy, before)
  copy.destroy()
  return encodeSyncUpdate(update)
}

export { tokenOf } from '../../helpers/testServer.ts'

/** Posts a new board over HTTP (a blank one unless `template` says otherwise); returns the response. */
export async function createBoardOverHttp(
  server: TestServer,
  headers: Record<string, string> = {},
  template: 'blank' | 'ai-boom' = 'blank',
) {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ title: 'HTTP board', motion: 'Links are secret.', template }),
  })
  return response
}
