import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../shared/errors.ts'
import { allowListKey } from '../../../server/sources/addressPolicy.ts'
import {
  DEFAULT_FETCH_SETTINGS,
  fetchArticle,
  type FetchSettings,
  type Resolver,
} from '../../../server/sources/fetchArticle.ts'
import { redirectTo, serve, startArticleServer, type ArticleServer } from '../../helpers/articleServer.ts'
import { sourceFixture } from '../../helpers/sourceFixtures.ts'

// No test here ever connects outside 127.0.0.1: every refused address is refused before any connection,
// and the private ranges beyond loopback are covered, address by address, by addressPolicy.test.ts.
const failingResolver: Resolver = async (host) => {
  throw new Error(`no DNS in tests (${host})`)
}

function settingsFor(
  server: ArticleServer | undefined,
  overrides: Partial<FetchSettings> = {},
): FetchSettings {
  return {
    ...DEFAULT_FETCH_SETTINGS,
    resolve: failingResolver,
    allowHosts: new Set(server ? [allowListKey('127.0.0.1', server.port)] : []),
    timeoutMs: 2_000,
    ...overrides,
  }
}

/** A resolver answering from a table, counting its calls. */
function tableResolver(table: Record<string, string[]>) {
  const calls: string[] = []
  const resolve: Resolver = async (host) => {
    calls.push(host)
    return (table[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
  }
  return { resolve, calls }
}

const html = sourceFixture('article.html')

describe('fetching a web page for import', () => {
  it('[IM7] fetches a page from a local server on the allow-list', async () => {
    const server = await startArticleServer({ '/news/1.html': serve('text/html; charset=utf-8', html) })
    const page = await fetchArticle(`${server.origin}/news/1.html`, settingsFor(server))
    expect(page).toEqual({
      url: `${server.origin}/news/1.html`,
      contentType: 'text/html; charset=utf-8',
      bytes: html,
    })
  })

  it('[IM7] refuses the same local server when it is not on the allow-list, and never connects to it', async () => {
    const server = await startArticleServer({ '/': serve('text/html', html) })
    await expect(fetchArticle(`${server.origin}/`, settingsFor(undefined))).rejects.toMatchObject({
      code: ErrorCode.UrlRefused,
    })
    expect(server.requests).toEqual([])
  })

  it.each([
    ['decimal', (port: number) => `http://2130706433:${port}/`],
    ['octal', (port: number) => `http://0177.0.0.1:${port}/`],
    ['hexadecimal', (port: number) => `http://0x7f.1:${port}/`],
    ['short dotted', (port: number) => `http://127.1:${port}/`],
    ['another loopback address', (port: number) => `http://127.0.0.2:${port}/`],
    ['IPv4-mapped IPv6', (port: number) => `http://[::ffff:127.0.0.1]:${port}/`],
    ['IPv4-mapped IPv6 in hex', (port: number) => `http://[::ffff:7f00:1]:${port}/`],
    ['IPv6 loopback', (port: number) => `http://[::1]:${port}/`],
    ['unspecified', (port: number) => `http://0.0.0.0:${port}/`],
    ['percent-encoded host', (port: number) => `http://%31%32%37.0.0.1:${port}/`],
  ])(
    '[IM3] refuses a loopback address written in %s notation, even beside an allowed port',
    async (_name, url) => {
      const server = await startArticleServer({ '/': serve('text/html', html) })
      const other = await startArticleServer({ '/': serve('text/html', html) })
      await expect(fetchArticle(url(other.port), settingsFor(server))).rejects.toMatchObject({
        code: ErrorCode.UrlRefused,
      })
      expect(other.requests).toEqual([])
    },
  )

  it('[IM4] refuses a name that resolves to loopback, asking the resolver once', async () => {
    const server = await startArticleServer({ '/': serve('text/html', html) })
    const { resolve, calls } = tableResolver({ 'evil.example': ['127.0.0.1'] })
    await expect(
      fetchArticle(`http://evil.example:${server.port}/`, { ...settingsFor(undefined), resolve }),
    ).rejects.toMatchObject({ code: ErrorCode.UrlRefused, message: expect.stringContaining('loopback') })
    expect(calls).toEqual(['evil.example'])
    expect(server.requests).toEqual([])
  })

  // The first address of each row is loopback, so that even a broken check could only ever connect to
  // this machine; 127.0.0.1 on the server's port is on the allow-list and stands in for a public address.
  it.each([
    ['an allowed address, then a private one', ['127.0.0.1', '10.0.0.8']],
    ['an allowed address, then cloud metadata', ['127.0.0.1', '169.254.169.254']],
    ['an allowed address, then IPv6 loopback and a public one', ['127.0.0.1', '::1', '2606:4700::1111']],
    ['a loopback address off the allow-list, then a public one', ['127.0.0.2', '93.184.215.14']],
  ])('[IM4] refuses a name whose addresses mix allowed and refused ones: %s', async (_name, addresses) => {
    const server = await startArticleServer({ '/': serve('text/html', html) })
    const { resolve } = tableResolver({ 'mixed.example': addresses })
    const url = `http://mixed.example:${server.port}/`
    await expect(fetchArticle(url, { ...settingsFor(server), resolve })).rejects.toMatchObject({
      code: ErrorCode.UrlRefused,
    })
    expect(server.requests).toEqual([])
  })

  it('[IM4] connects to the address it checked, not to a second DNS answer (no rebinding)', async () => {
    const server = await startArticleServer({ '/a.html': serve('text/html', html) })
    let answers = 0
    const rebinding: Resolver = async () => [
      { address: answers++ === 0 ? '127.0.0.1' : '10.0.0.1', family: 4 },
    ]
    const settings = { ...settingsFor(server), resolve: rebinding }
    // `.invalid` names never resolve (RFC 6761): the page arrives only if the checked address was used.
    const page = await fetchArticle(`http://news.invalid:${server.port}/a.html`, settings)
    expect(page.bytes).toEqual(html)
    expect(answers).toBe(1)
    expect(server.requests).toEqual([{ path: '/a.html', host: `news.invalid:${server.port}` }])
  })

  it('follows redirects it is allowed to, and reports the final address', async () => {
    const server = await startArticleServer({
      '/short': redirectTo('/long/path.html', 301),
      '/long/path.html': serve('text/html', html),
    })
    const page = await fetchArticle(`${server.origin}/short`, settingsFor(server))
    expect(page.url).toBe(`${server.origin}/long/path.html`)
  })

  it.each([
    ['another local port', (port: number) => `http://127.0.0.1:${port}/secret`],
    ['an IPv4-mapped loopback address', (port: number) => `http://[::ffff:7f00:1]:${port}/secret`],
    ['a decimal loopback address', (port: number) => `http://2130706433:${port}/secret`],
  ])('[IM5] checks every redirect again: one to %s is refused before connecting', async (_name, target) => {
    const inside = await startArticleServer({ '/secret': serve('text/plain', 'internal data') })
    const server = await startArticleServer({ '/go': redirectTo(target(inside.port)) })
    await expect(fetchArticle(`${server.origin}/go`, settingsFor(server))).rejects.toMatchObject({
      code: ErrorCode.UrlRefused,
    })
    expect(inside.requests).toEqual([])
  })

  it('[IM5] follows at most 5 redirects', async () => {
    const routes = Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [
        `/hop${i}`,
        i < 6 ? redirectTo(`/hop${i + 1}`) : serve('text/plain', 'end'),
      ]),
    )
    const server = await startArticleServer(routes)
    await expect(fetchArticle(`${server.origin}/hop1`, settingsFor(server))).resolves.toMatchObject({
      url: `${server.origin}/hop6`,
    })
    await expect(fetchArticle(`${server.origin}/hop0`, settingsFor(server))).rejects.toMatchObject({
      code: ErrorCode.FetchFailed,
      message: expect.stringContaining('more than 5'),
    })
  })

  it.each([
    ['file:///etc/passwd', ErrorCode.UrlRefused],
    ['ftp://example.com/a.txt', ErrorCode.UrlRefused],
    ['javascript:alert(1)', ErrorCode.UrlRefused],
    ['gopher://127.0.0.1:70/', ErrorCode.UrlRefused],
    ['https://user:secret@example.com/', ErrorCode.UrlRefused],
    ['not a url', ErrorCode.BadRequest],
  ])('[IM3] refuses %s', async (url, code) => {
    await expect(fetchArticle(url, settingsFor(undefined))).rejects.toMatchObject({ code })
  })

  it('[IM6] gives up on a slow server after the total timeout', async () => {
    const server = await startArticleServer({
      '/slow': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' })
        res.write('<p>first bytes, then nothing')
      },
    })
    const started = Date.now()
    await expect(
      fetchArticle(`${server.origin}/slow`, settingsFor(server, { timeoutMs: 300 })),
    ).rejects.toMatchObject({
      code: ErrorCode.FetchTimeout,
    })
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('[IM6] gives up on a server that never answers after the total timeout', async () => {
    const server = await startArticleServer({ '/silent': () => {} })
    await expect(
      fetchArticle(`${server.origin}/silent`, settingsFor(server, { timeoutMs: 300 })),
    ).rejects.toMatchObject({ code: ErrorCode.FetchTimeout })
  })

  it.each([
    ['declared too large', { 'content-length': '5000' }, 'x'.repeat(5_000)],
    ['streamed too large without a declared length', {}, 'x'.repeat(5_000)],
  ])('[IM6] refuses a body %s', async (_name, headers, body) => {
    const server = await startArticleServer({
      '/big': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain', ...headers })
        res.end(body)
      },
    })
    await expect(
      fetchArticle(`${server.origin}/big`, settingsFor(server, { maxBytes: 1_000 })),
    ).rejects.toMatchObject({
      code: ErrorCode.TooLarge,
    })
  })

  it('[IM6] counts the size cap after decompression, so a small gzip bomb is refused', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(200_000, 0x61))
    const server = await startArticleServer({
      '/bomb': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(bomb)
      },
    })
    expect(bomb.length).toBeLessThan(1_000)
    await expect(
      fetchArticle(`${server.origin}/bomb`, settingsFor(server, { maxBytes: 10_000 })),
    ).rejects.toMatchObject({
      code: ErrorCode.TooLarge,
    })
  })

  it.each([['gzip'], ['deflate'], ['br']])('decodes a %s-compressed page', async (encoding) => {
    const compress = { gzip: zlib.gzipSync, deflate: zlib.deflateSync, br: zlib.brotliCompressSync }[
      encoding
    ]!
    const server = await startArticleServer({
      '/z': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': encoding }).end(compress(html))
      },
    })
    expect((await fetchArticle(`${server.origin}/z`, settingsFor(server))).bytes).toEqual(html)
  })

  it.each([
    ['an image', 'image/png'],
    ['a download', 'application/octet-stream'],
    ['JSON', 'application/json'],
  ])('[IM6] refuses %s with UNSUPPORTED_TYPE', async (_name, contentType) => {
    const server = await startArticleServer({ '/x': serve(contentType, 'data') })
    await expect(fetchArticle(`${server.origin}/x`, settingsFor(server))).rejects.toMatchObject({
      code: ErrorCode.UnsupportedType,
      message: expect.stringContaining(contentType),
    })
  })

  it('accepts each content type an article can have', async () => {
    const types = ['text/html', 'text/plain', 'text/markdown', 'application/pdf']
    const server = await startArticleServer(Object.fromEntries(types.map((t, i) => [`/${i}`, serve(t, 'x')])))
    for (const [i, type] of types.entries())
      expect((await fetchArticle(`${server.origin}/${i}`, settingsFor(server))).contentType).toBe(type)
  })

  it('reports an error status as FETCH_FAILED with the status', async () => {
    const server = await startArticleServer({})
    await expect(fetchArticle(`${server.origin}/gone`, settingsFor(server))).rejects.toMatchObject({
      code: ErrorCode.FetchFailed,
      message: expect.stringContaining('404'),
    })
  })

  it('reports a name that does not resolve, and a port nobody listens on, as FETCH_FAILED', async () => {
    await expect(fetchArticle('http://nowhere.example/', settingsFor(undefined))).rejects.toMatchObject({
      code: ErrorCode.FetchFailed,
      message: expect.stringContaining('nowhere.example could not be found'),
    })
    const server = await startArticleServer({})
    const closedPort = { ...server, port: 1 }
    await expect(fetchArticle('http://127.0.0.1:1/', settingsFor(closedPort))).rejects.toMatchObject({
      code: ErrorCode.FetchFailed,
    })
  })
})
