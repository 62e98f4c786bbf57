import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../shared/errors.ts'
import { redirectTo, serve, startArticleServer } from '../../helpers/articleServer.ts'
import { sourceFixture } from '../../helpers/sourceFixtures.ts'
import { expectError, postSource, startImportServer, urlImport } from './importHarness.ts'

describe('POST /api/boards/:id/sources: importing a web page by URL', () => {
  it('fetches a page from a local server on URL_IMPORT_ALLOW_HOSTS and keeps where it came from', async () => {
    const site = await startArticleServer({
      '/share/123': redirectTo('/news/altman.html'),
      '/news/altman.html': serve('text/html; charset=utf-8', sourceFixture('article.html')),
    })
    const { server, added, createBoard } = await startImportServer({
      URL_IMPORT_ALLOW_HOSTS: `127.0.0.1:${site.port}`,
    })
    const board = await createBoard()
    const result = await postSource(server, board.id, {
      token: board.tokens.edit,
      ...urlImport(`${site.origin}/share/123`, { addedBy: '王小明' }),
    })
    expect(result.status).toBe(201)
    expect(added[0]?.source).toMatchObject({
      url: `${site.origin}/news/altman.html`,
      addedBy: '王小明',
      language: 'zh-Hant',
      title: '奧特曼澄清：OpenAI 不尋求政府擔保 - 科技新聞網',
    })
  })

  it.each([
    ['article.md', 'text/plain', '/notes/article.md', '生成式AI热潮能否持续？'],
    ['article.pdf', 'application/pdf', '/paper.pdf', 'AI 热潮：数据与争论'],
    ['article.txt', 'text/plain', '/plain', 'plain'],
  ])('imports %s served as %s', async (file, contentType, path, title) => {
    const site = await startArticleServer({ [path]: serve(contentType, sourceFixture(file)) })
    const { server, added, createBoard } = await startImportServer({
      URL_IMPORT_ALLOW_HOSTS: `127.0.0.1:${site.port}`,
    })
    const board = await createBoard()
    const result = await postSource(server, board.id, {
      token: board.tokens.edit,
      ...urlImport(`${site.origin}${path}`),
    })
    expect(result.status).toBe(201)
    expect(added[0]?.source.title).toBe(title)
  })

  it('[IM7] refuses a local server that is not on the allow-list, by default', async () => {
    const site = await startArticleServer({ '/': serve('text/html', sourceFixture('article.html')) })
    const { server, createBoard } = await startImportServer()
    const board = await createBoard()
    expectError(
      await postSource(server, board.id, { token: board.tokens.edit, ...urlImport(`${site.origin}/`) }),
      400,
      ErrorCode.UrlRefused,
    )
    expect(site.requests).toEqual([])
  })

  it('[IM4] refuses a name that the resolver turns into a loopback address', async () => {
    const site = await startArticleServer({ '/': serve('text/html', sourceFixture('article.html')) })
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }]
    const { server, createBoard } = await startImportServer({}, { fetch: { resolve } })
    const board = await createBoard()
    const result = await postSource(server, board.id, {
      token: board.tokens.edit,
      ...urlImport(`http://innocent.example:${site.port}/`),
    })
    expectError(result, 400, ErrorCode.UrlRefused)
    expect(site.requests).toEqual([])
  })

  it('[IM5] refuses a redirect to a private address', async () => {
    const inside = await startArticleServer({ '/admin': serve('text/plain', 'internal') })
    const site = await startArticleServer({
      '/go': redirectTo(`http://[::ffff:127.0.0.1]:${inside.port}/admin`),
    })
    const { server, added, createBoard } = await startImportServer({
      URL_IMPORT_ALLOW_HOSTS: `127.0.0.1:${site.port}`,
    })
    const board = await createBoard()
    expectError(
      await postSource(server, board.id, { token: board.tokens.edit, ...urlImport(`${site.origin}/go`) }),
      400,
      ErrorCode.UrlRefused,
    )
    expect(inside.requests).toEqual([])
    expect(added).toEqual([])
  })

  it('[IM6] answers 504 when the page is too slow (URL_IMPORT_TIMEOUT_MS)', async () => {
    const site = await startArticleServer({ '/slow': () => {} })
    const { server, createBoard } = await startImportServer({
      URL_IMPORT_ALLOW_HOSTS: `127.0.0.1:${site.port}`,
      URL_IMPORT_TIMEOUT_MS: 300,
    })
    const board = await createBoard()
    expectError(
      await postSource(server, board.id, { token: board.tokens.edit, ...urlImport(`${site.origin}/slow`) }),
      504,
      ErrorCode.FetchTimeout,
    )
  })

  it('[IM6] answers 413 for a page over URL_IMPORT_MAX_BYTES', async () => {
    const site = await startArticleServer({ '/big': serve('text/plain', 'x'.repeat(20_000)) })
    const { server, createBoard } = await startImportServer({
      URL_IMPORT_ALLOW_HOSTS: `127.0.0.1:${site.port}`,
      URL_IMPORT_MAX_BYTES: 10_000,
    })
    const board = await createBoard()
    expectError(
      await postSource(server, board.id, { token: board.tokens.edit, ...urlImport(`${site.origin}/big`) }),
      413,
      ErrorCode.TooLarge,
    )
  })

  it.each([
    ['a page that answers 404', '/missing', 502, ErrorCode.FetchFailed],
    ['an image', '/image', 415, ErrorCode.UnsupportedType],
  ])('answers %s with the right status', async (_name, path, status, code) => {
    const site = await startArticleServer({ '/image': serve('image/png', Buffer.from([0x89, 0x50])) })
    const { server, createBoard } = await startImportServer({
      URL_IMPORT_ALLOW_HOSTS: `127.0.0.1:${site.port}`,
    })
    const board = await createBoard()
    expectError(
      await postSource(server, board.id, { token: board.tokens.edit, ...urlImport(`${site.origin}${path}`) }),
      status,
      code,
    )
  })

  it.each([
    ['a URL that is not a string', JSON.stringify({ url: 42 })],
    ['unknown fields', JSON.stringify({ url: 'https://example.com', script: 'x' })],
    ['malformed JSON', '{"url": '],
    ['a file:// URL', JSON.stringify({ url: 'file:///etc/passwd' })],
  ])('refuses a JSON body with %s', async (_name, body) => {
    const { server, createBoard } = await startImportServer()
    const board = await createBoard()
    const result = await postSource(server, board.id, {
      token: board.tokens.edit,
      body,
      headers: { 'content-type': 'application/json' },
    })
    expect(result.status).toBe(400)
    expect(result.body).toEqual({
      error: { code: expect.stringMatching(/^(BAD_REQUEST|URL_REFUSED)$/), message: expect.any(String) },
    })
  })
})
