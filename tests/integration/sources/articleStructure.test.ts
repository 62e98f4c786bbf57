/**
 * [SR9] An imported article keeps its structure on the board: a Markdown file's blocks (headings,
 * emphasis, lists, quotes) and a PDF's pages are stored with its text, replaced by a new version's,
 * and an editor cannot write ones the schema refuses.
 * [SR10] A new version of an article is held to the limits of adding one: the text's length and the
 * board's size (MAX_DOCUMENT_BYTES), refused with nothing changed.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { readSources } from '../../../shared/board/index.ts'
import { getBoardRoots } from '../../../shared/board/layout.ts'
import { BlockKind, LIMITS, STRUCTURE_LIMITS } from '../../../shared/board/schema.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { encodeSyncUpdate } from '../../../shared/protocol.ts'
import { connectClient, connectRawSocket } from '../../helpers/clients.ts'
import {
  createBoardViaApi,
  restartTestServer,
  startTestServer,
  type TestServer,
} from '../../helpers/testServer.ts'

const FIXTURES = new URL('../../fixtures/sources/', import.meta.url)
const fixture = (name: string) => new Blob([readFileSync(new URL(name, FIXTURES))])

function upload(server: TestServer, path: string, token: string, body: Blob | string, name: string) {
  return fetch(`${server.url}/api/boards/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-filename': encodeURIComponent(name) },
    body,
  })
}

async function freeBoard(server: TestServer) {
  return createBoardViaApi(server, { title: 'Structure', format: 'free', articles: 'none' })
}

async function importInto(server: TestServer, board: { id: string; tokens: { edit: string } }, name: string) {
  const answer = await upload(server, `${board.id}/sources`, board.tokens.edit, fixture(name), name)
  expect(answer.status).toBe(201)
  return ((await answer.json()) as { source: { id: string } }).source.id
}

async function errorOf(answer: Response) {
  return ((await answer.json()) as { error: { code: string; message: string } }).error
}

describe('the structure of an imported article', () => {
  it('[SR9] a Markdown article is stored with its blocks: headings, strong and emphasis, list items with markers, a quote, all inside the plain text', async () => {
    const server = await startTestServer()
    const board = await freeBoard(server)
    const id = await importInto(server, board, 'article.md')
    const reader = await connectClient(server.url, board.id, { token: board.tokens.edit })
    await vi.waitFor(() => expect(readSources(reader.doc)).toHaveLength(1))
    const source = readSources(reader.doc)[0]!
    expect(source.id).toBe(id)
    const spans = (kind: BlockKind) =>
      (source.blocks ?? []).filter((b) => b.kind === kind).map((b) => source.text.slice(b.start, b.end))
    expect(spans(BlockKind.Heading)).toEqual(['生成式AI热潮能否持续？', '看多的理由', '看空的理由'])
    expect(spans(BlockKind.Strong)).toEqual(['数据中心'])
    expect(spans(BlockKind.Emphasis)).toEqual(['年化收入'])
    expect(spans(BlockKind.Quote)).toEqual(['这不是一个可持续的商业模式。'])
    expect(source.blocks?.filter((b) => b.kind === BlockKind.ListItem).map((b) => b.marker)).toEqual([
      '•',
      '•',
      '1.',
      '2.',
    ])
    // The plain layer carries no Markdown syntax: offsets count in what the reader shows.
    expect(source.text).not.toMatch(/[#*`]|\]\(/)
    expect(source.pages).toBeUndefined()
  })

  it('[SR9] a PDF article is stored with its pages, each span inside the text, kept across a restart', async () => {
    const server = await startTestServer()
    const board = await freeBoard(server)
    await importInto(server, board, 'article.pdf')
    const restarted = await restartTestServer(server)
    const reader = await connectClient(restarted.url, board.id, { token: board.tokens.view })
    await vi.waitFor(() => expect(readSources(reader.doc)).toHaveLength(1))
    const { pages, text, blocks } = readSources(reader.doc)[0]!
    expect(pages!.length).toBeGreaterThan(1)
    expect(pages!.map((p) => p.page)).toEqual(pages!.map((_, i) => i + 1))
    for (const page of pages!) expect(page.end).toBeLessThanOrEqual(text.length)
    expect(pages!.at(-1)!.end).toBe(text.length)
    expect(blocks).toBeUndefined()
  })

  it('[SR9] a new version replaces the blocks: a plain-text version of a Markdown article has none left', async () => {
    const server = await startTestServer()
    const board = await freeBoard(server)
    const id = await importInto(server, board, 'article.md')
    const answer = await upload(
      server,
      `${board.id}/sources/${id}/versions`,
      board.tokens.moderate,
      'Plain words now, no headings.',
      'article.txt',
    )
    expect(answer.status).toBe(200)
    const reader = await connectClient(server.url, board.id, { token: board.tokens.view })
    await vi.waitFor(() => expect(readSources(reader.doc)[0]?.version).toBe(2))
    expect(readSources(reader.doc)[0]!.blocks).toBeUndefined()
    expect(getBoardRoots(reader.doc).sources.get(id)?.has('blocks')).toBe(false)
  })

  it.each([
    { what: 'a kind no reader knows', blocks: [{ kind: 'script', start: 0, end: 4 }] },
    { what: 'a field of its own', blocks: [{ kind: 'heading', start: 0, end: 4, onclick: 'x' }] },
    {
      what: `more than ${STRUCTURE_LIMITS.blocks} blocks`,
      blocks: Array.from({ length: STRUCTURE_LIMITS.blocks + 1 }, () => ({
        kind: 'strong',
        start: 0,
        end: 1,
      })),
    },
  ])(
    '[SR9] an editor adding an article whose blocks hold $what is refused on the raw socket',
    async ({ blocks }) => {
      const server = await startTestServer({ limits: { maxUpdateBytes: 8 * 1024 * 1024 } })
      const board = await freeBoard(server)
      const raw = await connectRawSocket(server.url, { boardId: board.id, token: board.tokens.edit })
      const doc = new Y.Doc()
      const map = new Y.Map<unknown>()
      getBoardRoots(doc).sources.set('forged', map)
      const fields = { title: 'Forged', language: 'en', text: 'Some text here', addedBy: '', blocks }
      for (const [key, value] of Object.entries(fields)) map.set(key, value)
      map.set('sha256', '0'.repeat(64))
      map.set('addedAt', 1)
      raw.socket.emit('sync', 'board', encodeSyncUpdate(Y.encodeStateAsUpdate(doc)))
      await vi.waitFor(() => expect(raw.errors.map((e) => e.message).join(' ')).toMatch(/blocks must be/))
      const room = await server.registry.acquire(board.id)
      server.registry.release(board.id)
      expect(readSources(room.document('board'))).toEqual([])
    },
  )
})

describe('the limits of a new version', () => {
  it('[SR10] a new version over 500,000 characters is refused 413 TOO_LARGE and the article stays as it was', async () => {
    const server = await startTestServer()
    const board = await freeBoard(server)
    const id = await importInto(server, board, 'article.md')
    const answer = await upload(
      server,
      `${board.id}/sources/${id}/versions`,
      board.tokens.moderate,
      'word '.repeat(LIMITS.sourceTextLength / 5 + 1),
      'long.txt',
    )
    expect(answer.status).toBe(413)
    expect((await errorOf(answer)).code).toBe(ErrorCode.TooLarge)
    const reader = await connectClient(server.url, board.id, { token: board.tokens.view })
    await vi.waitFor(() => expect(readSources(reader.doc)).toHaveLength(1))
    expect(readSources(reader.doc)[0]).toMatchObject({ text: expect.stringContaining('数据中心') })
    expect(readSources(reader.doc)[0]!.version).toBeUndefined()
  })

  it('[SR10] a new version that would take the board past MAX_DOCUMENT_BYTES is LIMIT_REACHED: nothing stored or sent, and the board goes on', async () => {
    const server = await startTestServer({ limits: { maxDocumentBytes: 24 * 1024 } })
    const board = await freeBoard(server)
    const id = await importInto(server, board, 'article.md')
    const watcher = await connectClient(server.url, board.id, { token: board.tokens.view })
    await vi.waitFor(() => expect(readSources(watcher.doc)).toHaveLength(1))
    const before = readSources(watcher.doc)[0]!

    const answer = await upload(
      server,
      `${board.id}/sources/${id}/versions`,
      board.tokens.moderate,
      'A much longer version. '.repeat(2_000),
      'long.txt',
    )
    expect(answer.status).toBe(429)
    expect(await errorOf(answer)).toMatchObject({
      code: ErrorCode.LimitReached,
      message: expect.stringMatching(/size limit/),
    })

    // A small version still fits: the room is whole, and its text is the one everyone then has.
    const small = await upload(
      server,
      `${board.id}/sources/${id}/versions`,
      board.tokens.moderate,
      'A short second version.',
      'short.txt',
    )
    expect(small.status).toBe(200)
    await vi.waitFor(() => expect(readSources(watcher.doc)[0]?.text).toBe('A short second version.'))
    expect(readSources(watcher.doc)[0]!.version).toBe(2)
    expect(before.version).toBeUndefined()
    const restarted = await restartTestServer(server)
    const late = await connectClient(restarted.url, board.id, { token: board.tokens.view })
    await vi.waitFor(() => expect(readSources(late.doc)).toHaveLength(1))
    expect(readSources(late.doc)[0]).toMatchObject({ text: 'A short second version.', version: 2 })
  })

  it('[SR10] adding an article that would take the board past MAX_DOCUMENT_BYTES is LIMIT_REACHED too', async () => {
    const server = await startTestServer({ limits: { maxDocumentBytes: 24 * 1024 } })
    const board = await freeBoard(server)
    const answer = await upload(
      server,
      `${board.id}/sources`,
      board.tokens.edit,
      'A very long article. '.repeat(2_000),
      'long.txt',
    )
    expect(answer.status).toBe(429)
    expect((await errorOf(answer)).code).toBe(ErrorCode.LimitReached)
    const room = await server.registry.acquire(board.id)
    server.registry.release(board.id)
    expect(readSources(room.document('board'))).toEqual([])
  })
})
