import { describe, expect, it } from 'vitest'
import { DEMO_BOARD_ID } from '../../../shared/board/ids.ts'
import { LIMITS } from '../../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../../shared/errors.ts'
import { startTestServer } from '../../helpers/testServer.ts'
import { redirectTo, serve, startArticleServer } from '../../helpers/articleServer.ts'
import { sourceFixture } from '../../helpers/sourceFixtures.ts'
import { fileImport, postSource, startImportServer, urlImport } from './importHarness.ts'

/** The exact error body every failure has: a code, a message, nothing else (no stack). */
function expectError(result: { status: number; body: unknown }, status: number, code: ErrorCode) {
  expect(result.status).toBe(status)
  expect(result.body).toEqual({ error: { code, message: expect.any(String) } })
  expect(JSON.stringify(result.body)).not.toMatch(/at .*\.ts:\d+/)
}

describe('POST /api/boards/:id/sources: uploading a file', () => {
  it.each([
    ['article.txt', 'text/plain', 'article', 'zh-Hans', undefined],
    ['article.md', 'text/markdown', '生成式AI热潮能否持续？', 'zh-Hans', undefined],
    ['article.md', 'application/octet-stream', '生成式AI热潮能否持续？', 'zh-Hans', undefined],
    ['article.html', 'text/html', '奧特曼澄清：OpenAI 不尋求政府擔保 - 科技新聞網', 'zh-Hant', undefined],
    ['article.pdf', 'application/pdf', 'AI 热潮：数据与争论', 'zh-Hans', 3],
  ])(
    '[IM2] imports %s sent as %s and adds it to the board',
    async (file, contentType, title, language, pages) => {
      const { server, added, createBoard } = await startImportServer()
      const board = await createBoard()
      const result = await postSource(server, board.id, {
        token: board.tokens.edit,
        ...fileImport(sourceFixture(file), contentType, file),
      })
      expect(result.status).toBe(201)
      const [call] = added
      expect(call?.boardId).toBe(board.id)
      expect(call?.source).toMatchObject({ title, language, addedBy: '' })
      expect(result.body).toEqual({
        source: {
          id: 'source-1',
          title,
          language,
          length: call!.source.text.length,
          ...(pages ? { pages } : {}),
        },
      })
    },
  )

  it('hands the room the text with its blocks, or its pages, and who added it', async () => {
    const { server, added, createBoard } = await startImportServer()
    const board = await createBoard()
    const upload = (file: string, type: string) => ({
      token: board.tokens.moderate,
      ...fileImport(sourceFixture(file), type, file),
      headers: {
        ...fileImport(sourceFixture(file), type, file).headers,
        'x-added-by': encodeURIComponent('王小明'),
      },
    })
    await postSource(server, board.id, upload('article.md', 'text/markdown'))
    await postSource(server, board.id, upload('article.pdf', 'application/pdf'))
    const [md, pdf] = added.map((call) => call.source)
    expect(md).toMatchObject({
      addedBy: '王小明',
      blocks: expect.arrayContaining([{ kind: 'heading', start: 0, end: 12, level: 1 }]),
    })
    expect(md?.text.slice(0, 12)).toBe('生成式AI热潮能否持续？')
    expect(pdf?.pages?.map((p) => p.page)).toEqual([1, 2, 3])
    expect(pdf?.url).toBeUndefined()
  })

  it('titles a text file after its percent-encoded Chinese file name', async () => {
    const { server, added, createBoard } = await startImportServer()
    const board = await createBoard()
    await postSource(server, board.id, {
      token: board.tokens.edit,
      ...fileImport(sourceFixture('article.txt'), 'text/plain', '我的笔记.txt'),
    })
    expect(added[0]?.source.title).toBe('我的笔记')
  })

  it.each([
    ['an image', sourceFixture('article.txt'), 'image/png', 'chart.png', 415, ErrorCode.UnsupportedType],
    [
      'a multipart form',
      Buffer.from('--x\r\n'),
      'multipart/form-data; boundary=x',
      undefined,
      415,
      ErrorCode.UnsupportedType,
    ],
    [
      'binary bytes named .txt',
      sourceFixture('binary.txt'),
      'text/plain',
      'binary.txt',
      422,
      ErrorCode.NotAnArticle,
    ],
    ['a scanned PDF', sourceFixture('scan.pdf'), 'application/pdf', 'scan.pdf', 422, ErrorCode.NotAnArticle],
    [
      'an empty Markdown file',
      sourceFixture('blank.md'),
      'text/markdown',
      'blank.md',
      422,
      ErrorCode.NotAnArticle,
    ],
    [
      "a text past the board's limit",
      Buffer.from('长'.repeat(LIMITS.sourceTextLength + 1)),
      'text/plain',
      'long.txt',
      413,
      ErrorCode.TooLarge,
    ],
  ])(
    '[IM2] refuses %s with a clear error and adds nothing',
    async (_name, bytes, contentType, filename, status, code) => {
      const { server, added, createBoard } = await startImportServer()
      const board = await createBoard()
      const result = await postSource(server, board.id, {
        token: board.tokens.edit,
        ...fileImport(bytes, contentType, filename),
      })
      expectError(result, status, code)
      expect(added).toEqual([])
    },
  )

  it('[IM2] refuses an upload over SOURCE_UPLOAD_MAX_BYTES with 413', async () => {
    const { server, added, createBoard } = await startImportServer({ SOURCE_UPLOAD_MAX_BYTES: 64 * 1024 })
    const board = await createBoard()
    const result = await postSource(server, board.id, {
      token: board.tokens.edit,
      ...fileImport(Buffer.alloc(100 * 1024, 0x61), 'text/plain', 'big.txt'),
    })
    expectError(result, 413, ErrorCode.TooLarge)
    expect((result.body as { error: { message: string } }).error.message).toContain('0.1 MB')
    expect(added).toEqual([])
  })

  it('[IM2] refuses an unsupported type from its headers, before reading its body', async () => {
    const { server, createBoard } = await startImportServer({ SOURCE_UPLOAD_MAX_BYTES: 1024 })
    const board = await createBoard()
    const video = fileImport(Buffer.alloc(64 * 1024), 'video/mp4', 'talk.mp4')
    expectError(
      await postSource(server, board.id, { token: board.tokens.edit, ...video }),
      415,
      ErrorCode.UnsupportedType,
    )
  })

  it('refuses a request with no body and no type with 400', async () => {
    const { server, createBoard } = await startImportServer()
    const board = await createBoard()
    expectError(await postSource(server, board.id, { token: board.tokens.edit }), 400, ErrorCode.BadRequest)
  })
})

describe('POST /api/boards/:id/sources: access', () => {
  it.each([
    ['no token on a board that needs one', () => undefined, 401, ErrorCode.Unauthorized],
    ['a made-up token', () => 'not-a-real-token', 401, ErrorCode.Unauthorized],
    ['the view token', (t: Record<string, string>) => t.view, 403, ErrorCode.Forbidden],
  ])('[IM1] refuses %s', async (_name, token, status, code) => {
    const { server, added, createBoard } = await startImportServer()
    const board = await createBoard()
    const result = await postSource(server, board.id, {
      token: token(board.tokens),
      ...fileImport(sourceFixture('article.txt'), 'text/plain', 'a.txt'),
    })
    expectError(result, status, code)
    expect(added).toEqual([])
  })

  it('[IM1] checks the token before taking in the body: a large upload with a wrong token gets 401, not 413', async () => {
    const { server, createBoard } = await startImportServer({ SOURCE_UPLOAD_MAX_BYTES: 1024 })
    const board = await createBoard()
    const result = await postSource(server, board.id, {
      token: 'wrong',
      ...fileImport(Buffer.alloc(64 * 1024, 0x61), 'text/plain', 'big.txt'),
    })
    expectError(result, 401, ErrorCode.Unauthorized)
  })

  it('[IM1] lets anyone add to the open demo board', async () => {
    const { server, added } = await startImportServer()
    const result = await postSource(
      server,
      DEMO_BOARD_ID,
      fileImport(sourceFixture('article.txt'), 'text/plain', 'a.txt'),
    )
    expect(result.status).toBe(201)
    expect(added[0]?.boardId).toBe(DEMO_BOARD_ID)
  })

  it('[IM8] limits imports per address, answering 429 with Retry-After', async () => {
    const { server, createBoard } = await startImportServer({ SOURCE_IMPORT_BURST_PER_IP: 2 })
    const board = await createBoard()
    const upload = () =>
      postSource(server, board.id, {
        token: board.tokens.edit,
        ...fileImport(sourceFixture('article.txt'), 'text/plain', 'a.txt'),
      })
    expect((await upload()).status).toBe(201)
    expect((await upload()).status).toBe(201)
    const third = await upload()
    expectError(third, 429, ErrorCode.RateLimited)
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('[IM9] passes on a refusal of the board (LIMIT_REACHED) and hides an unexpected failure behind INTERNAL', async () => {
    const full = await startImportServer(
      {},
      {
        addSource: async () => {
          throw new BoardError(ErrorCode.LimitReached, 'This board has 50 articles already.')
        },
      },
    )
    const board = await full.createBoard()
    const body = fileImport(sourceFixture('article.txt'), 'text/plain', 'a.txt')
    expectError(
      await postSource(full.server, board.id, { token: board.tokens.edit, ...body }),
      429,
      ErrorCode.LimitReached,
    )
    const broken = await startImportServer(
      {},
      {
        addSource: async () => {
          throw new Error('disk on fire at /srv/secret.ts:12')
        },
      },
    )
    const other = await broken.createBoard()
    const result = await postSource(broken.server, other.id, { token: other.tokens.edit, ...body })
    expectError(result, 500, ErrorCode.Internal)
    expect(JSON.stringify(result.body)).not.toContain('disk on fire')
  })

  it('does not exist until the server is given a way to add sources to a board', async () => {
    const server = await startTestServer()
    const result = await postSource(
      server,
      DEMO_BOARD_ID,
      fileImport(sourceFixture('article.txt'), 'text/plain', 'a.txt'),
    )
    expectError(result, 404, ErrorCode.NotFound)
  })
})

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
