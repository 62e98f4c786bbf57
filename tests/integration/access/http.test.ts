import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { configWith } from '../../../server/config.ts'
import { createLogger } from '../../../server/log.ts'
import { startServer } from '../../../server/startServer.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { registerCleanup } from '../../helpers/cleanup.ts'
import { connectClient, connectRawSocket } from '../../helpers/clients.ts'
import { makeDataDir } from '../../helpers/testServer.ts'
import { createBoardOverHttp, startServerWithLimits, tokenOf } from './accessHarness.ts'

const CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;connect-src 'self' ws: wss:;object-src 'none';frame-ancestors 'none';base-uri 'self';form-action 'self'"

describe('HTTP hygiene', () => {
  it('[AC18] every response carries the strict Content-Security-Policy and no CORS header by default', async () => {
    const server = await startServerWithLimits({})
    const paths = ['/', '/b/demo', '/healthz', '/api/boards/demo', '/api/nothing-here', '/assets/missing.js']
    for (const path of paths) {
      const response = await fetch(`${server.url}${path}`, { headers: { origin: 'https://evil.example' } })
      expect({ path, csp: response.headers.get('content-security-policy') }).toEqual({ path, csp: CSP })
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('[AC19] CORS_ORIGINS opens the API to the listed origins only', async () => {
    const server = await startServerWithLimits({ corsOrigins: ['https://partner.example'] })
    const ask = (origin: string) => fetch(`${server.url}/api/boards/demo`, { headers: { origin } })
    expect((await ask('https://partner.example')).headers.get('access-control-allow-origin')).toBe(
      'https://partner.example',
    )
    expect((await ask('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
  })

  it('[AC20] bad requests get a JSON error with a code and never a stack trace', async () => {
    const server = await startServerWithLimits({ jsonBodyLimitBytes: 1024 })
    const post = (body: string) =>
      fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
    const cases = [
      { response: await post('{"title": '), status: 400, code: ErrorCode.BadRequest },
      {
        response: await post(JSON.stringify({ title: 'x'.repeat(5_000) })),
        status: 413,
        code: ErrorCode.TooLarge,
      },
      { response: await post(JSON.stringify({ title: 42 })), status: 400, code: ErrorCode.BadRequest },
      { response: await post(JSON.stringify({ template: 'nope' })), status: 400, code: ErrorCode.BadRequest },
      {
        response: await fetch(`${server.url}/api/boards/NOT_AN_ID`),
        status: 400,
        code: ErrorCode.BadRequest,
      },
      {
        response: await fetch(`${server.url}/api/boards/missing-board`),
        status: 401,
        code: ErrorCode.Unauthorized,
      },
      { response: await fetch(`${server.url}/api/nope`), status: 404, code: ErrorCode.NotFound },
    ]
    for (const { response, status, code } of cases) {
      const text = await response.text()
      expect({ status: response.status, text }).toMatchObject({ status })
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      expect(JSON.parse(text)).toEqual({ error: { code, message: expect.any(String) } })
      expect(text).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|Error:/)
    }
  })

  it('[AC21] the logs never contain a token, even at trace level', async () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString())
        done()
      },
    })
    const config = configWith({ host: '127.0.0.1', port: 0, dataDir: makeDataDir() })
    const server = await startServer(config, { logger: createLogger('trace', sink) })
    registerCleanup(() => server.close())
    const created = await createBoardOverHttp({ ...server, config })
    const { id, links } = (await created.json()) as { id: string; links: Record<string, string> }
    const tokens = Object.values(links).map(tokenOf)
    const [moderate, edit] = tokens as [string, string, string]
    await connectClient(server.url, id, { token: edit })
    await fetch(`${server.url}/api/boards/${id}`, { headers: { authorization: `Bearer ${edit}` } })
    const rotated = await fetch(`${server.url}/api/boards/${id}/links/edit/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${moderate}` },
    })
    tokens.push(tokenOf(((await rotated.json()) as { link: string }).link))
    await expect(connectRawSocket(server.url, { boardId: id, token: edit })).rejects.toBeTruthy()
    logAnythingWithTokens(server.logger, tokens)

    const log = lines.join('')
    expect(log).toContain('board link rotated')
    for (const token of [...tokens, ...(server.demoTokens ? Object.values(server.demoTokens) : [])]) {
      expect(log).not.toContain(token)
    }
  })
})

/** What careless code might log: the redaction must catch it wherever a token or link sits. */
function logAnythingWithTokens(logger: ReturnType<typeof createLogger>, tokens: string[]) {
  const [token] = tokens
  logger.info({ token }, 'token field')
  logger.info({ socket: { handshake: { auth: { token } } } }, 'handshake')
  logger.info({ req: { headers: { authorization: `Bearer ${token}` } } }, 'request')
  logger.info({ links: { edit: `http://x/b/y#token=${token}` }, link: `http://x/#token=${token}` }, 'links')
}
