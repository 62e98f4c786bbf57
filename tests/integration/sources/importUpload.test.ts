import { describe, expect, it } from 'vitest'
import { DEMO_BOARD_ID } from '../../../shared/board/ids.ts'
import { LIMITS } from '../../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../../shared/errors.ts'
import { sourceFixture } from '../../helpers/sourceFixtures.ts'
import { expectError, fileImport, postSource, startImportServer } from './importHarness.ts'

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
})
