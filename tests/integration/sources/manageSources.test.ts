/**
 * [SR3] Article management on a real server: only the moderator removes, renames or reorders an
 * article — an editor's update, sent from a raw socket, is refused and changes nothing — and the
 * cards citing a removed article keep their quotes.
 * [SR5] A new version of an article (moderator only) replaces its text as a change of the server's own
 * and answers which cards moved, changed or were orphaned; accepting re-points the card.
 */
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createCardFromExcerpt, readCards, readSources } from '../../../shared/board/index.ts'
import { getBoardRoots } from '../../../shared/board/layout.ts'
import {
  moveSource,
  removeSource,
  renameSource,
  repointCard,
  replaceSourceText,
} from '../../../shared/board/sourceMutators.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { driftOf } from '../../../shared/sources/drift.ts'
import { encodeSyncUpdate } from '../../../shared/protocol.ts'
import { connectClient, connectRawSocket } from '../../helpers/clients.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../../helpers/testServer.ts'

const ARTICLE =
  'Rates rose again in March. Lenders tightened credit for small firms.\n' +
  'Chip makers kept investing in new plants, betting that demand would last.\n' +
  'Analysts warned that the boom rests on a few large buyers.'
const SECOND = 'A second article, so that there is something to reorder.'

function upload(server: TestServer, path: string, token: string, text: string, name: string) {
  return fetch(`${server.url}/api/boards/${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'text/plain; charset=utf-8',
      'x-filename': encodeURIComponent(name),
    },
    body: text,
  })
}

/** A free board with two articles and a card on each of three passages of the first. */
async function boardWithCitations(server: TestServer) {
  const created = await createBoardViaApi(server, { title: 'Sources', format: 'free', articles: 'none' })
  for (const [text, name] of [
    [ARTICLE, 'rates.txt'],
    [SECOND, 'second.txt'],
  ] as const) {
    const answer = await upload(server, `${created.id}/sources`, created.tokens.edit, text, name)
    expect(answer.status).toBe(201)
  }
  const editor = await connectClient(server.url, created.id, { token: created.tokens.edit })
  await vi.waitFor(() => expect(readSources(editor.doc)).toHaveLength(2))
  const [article] = readSources(editor.doc)
  const cite = (quote: string, stance: 'bull' | 'bear') => {
    const start = ARTICLE.indexOf(quote)
    return createCardFromExcerpt(editor.doc, {
      stance,
      text: `on ${quote}`,
      x: 0,
      y: 0,
      authorId: editor.provider.seat!.authorId,
      authorName: 'Ed',
      sourceId: article!.id,
      start,
      end: start + quote.length,
    })
  }
  const cards = {
    moved: cite('Lenders tightened credit for small firms.', 'bear'),
    changed: cite('Chip makers kept investing in new plants', 'bull'),
    gone: cite('the boom rests on a few large buyers', 'bear'),
  }
  const room = await server.registry.acquire(created.id)
  server.registry.release(created.id)
  await vi.waitFor(() => expect(readCards(room.document('board'))).toHaveLength(3))
  return { created, editor, article: article!, cards, board: room.document('board') }
}

/** The update `change` makes to a copy of the server's board document. */
function updateOf(board: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(board))
  const before = Y.encodeStateVector(copy)
  change(copy)
  return Y.encodeStateAsUpdate(copy, before)
}

describe('managing the articles of a board', () => {
  it.each([
    { what: 'removes', change: (doc: Y.Doc, id: string) => removeSource(doc, id) },
    { what: 'renames', change: (doc: Y.Doc, id: string) => renameSource(doc, id, 'A forged title') },
    { what: 'reorders', change: (doc: Y.Doc, id: string) => moveSource(doc, id, 1) },
    {
      what: 'rewrites the text of',
      change: (doc: Y.Doc, id: string) => replaceSourceText(doc, id, { text: 'All new words.' }),
    },
  ])(
    '[SR3] an editor who $what an article is refused FORBIDDEN on the raw socket, even on a free board',
    async ({ change }) => {
      const server = await startTestServer()
      const { created, article, board } = await boardWithCitations(server)
      const before = JSON.stringify(getBoardRoots(board).sources.toJSON())
      const raw = await connectRawSocket(server.url, { boardId: created.id, token: created.tokens.edit })
      raw.socket.emit('sync', 'board', encodeSyncUpdate(updateOf(board, (doc) => change(doc, article.id))))
      await vi.waitFor(() => expect(raw.errors.map((error) => error.code)).toContain(ErrorCode.Forbidden))
      expect(raw.errors.find((e) => e.code === ErrorCode.Forbidden)?.message).toMatch(
        /Only the moderator can remove, rename or reorder articles/,
      )
      expect(JSON.stringify(getBoardRoots(board).sources.toJSON())).toBe(before)
    },
  )

  it('[SR3] the moderator renames, reorders and removes; the cards citing a removed article keep their quotes', async () => {
    const server = await startTestServer()
    const { created, article, board, cards } = await boardWithCitations(server)
    const moderator = await connectClient(server.url, created.id, { token: created.tokens.moderate })
    const errors: unknown[] = []
    moderator.provider.on('board-error', (error) => errors.push(error))
    renameSource(moderator.doc, article.id, 'Rates and chips')
    moveSource(moderator.doc, article.id, 1)
    const second = readSources(board)[1]!.id
    await vi.waitFor(() => expect(readSources(board).map((s) => s.id)).toEqual([second, article.id]))
    expect(readSources(board)[1]!.title).toBe('Rates and chips')
    removeSource(moderator.doc, article.id)
    await vi.waitFor(() => expect(readSources(board)).toHaveLength(1))
    expect(errors).toEqual([])
    const quotes = readCards(board).map((card) => card.excerpt?.quote)
    expect(quotes).toContain('the boom rests on a few large buyers')
    expect(readCards(board).find((card) => card.id === cards.gone)?.excerpt?.sourceId).toBe(article.id)
  })
})

describe('a new version of an article', () => {
  const NEW_VERSION =
    'Rates rose again in March, the third rise this year.\n' +
    'Chipmakers kept investing in new plants, betting that demand would last.\n' +
    'Lenders tightened credit for small firms.\n' +
    'Analysts now see broad demand from many buyers.'

  it('[SR5] only the moderator imports a new version: an edit link is FORBIDDEN, a view link too, and the text stays', async () => {
    const server = await startTestServer()
    const { created, article, board } = await boardWithCitations(server)
    for (const role of ['edit', 'view', 'bull'] as const) {
      const answer = await upload(
        server,
        `${created.id}/sources/${article.id}/versions`,
        created.tokens[role],
        NEW_VERSION,
        'rates.txt',
      )
      expect(answer.status).toBe(403)
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe(ErrorCode.Forbidden)
    }
    expect(readSources(board)[0]!.text).toBe(ARTICLE)
  })

  it('[SR5] the new text replaces the old one for everyone; the answer lists moved, changed and orphaned cards; accepting re-points them', async () => {
    const server = await startTestServer()
    const { created, article, board, cards, editor } = await boardWithCitations(server)
    const answer = await upload(
      server,
      `${created.id}/sources/${article.id}/versions`,
      created.tokens.moderate,
      NEW_VERSION,
      'rates.txt',
    )
    expect(answer.status).toBe(200)
    const body = (await answer.json()) as {
      source: { id: string; version: number }
      drift: { moved: string[]; changed: string[]; orphaned: string[] }
    }
    expect(body.source).toMatchObject({ id: article.id, version: 2 })
    expect(body.drift).toEqual({ moved: [cards.moved], changed: [cards.changed], orphaned: [cards.gone] })
    await vi.waitFor(() =>
      expect(readSources(editor.doc)[0]).toMatchObject({ text: NEW_VERSION, version: 2 }),
    )

    // The author accepts the moved and changed passages; the orphan is re-pointed at a new passage.
    const drift = driftOf(readSources(editor.doc)[0]!, readCards(editor.doc))
    for (const entry of [...drift.moved, ...drift.changed])
      if ('range' in entry) repointCard(editor.doc, entry.cardId, { sourceId: article.id, ...entry.range })
    const start = NEW_VERSION.indexOf('broad demand from many buyers')
    repointCard(editor.doc, cards.gone, { sourceId: article.id, start, end: start + 29 })
    await vi.waitFor(() => {
      const after = driftOf(readSources(board)[0]!, readCards(board))
      expect(after).toEqual({ moved: [], changed: [], orphaned: [] })
    })
    const changed = readCards(board).find((card) => card.id === cards.changed)!
    expect(changed.excerpt?.quote).toBe('Chipmakers kept investing in new plants')
  })

  it('[SR5] a new version of an article that came from a file cannot be fetched again: 400 saying to upload it', async () => {
    const server = await startTestServer()
    const { created, article } = await boardWithCitations(server)
    const answer = await fetch(`${server.url}/api/boards/${created.id}/sources/${article.id}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${created.tokens.moderate}`, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(answer.status).toBe(400)
    expect(((await answer.json()) as { error: { message: string } }).error.message).toMatch(
      /upload its new version/,
    )
    const missing = await upload(
      server,
      `${created.id}/sources/nope/versions`,
      created.tokens.moderate,
      'x y z',
      'a.txt',
    )
    expect(missing.status).toBe(404)
  })
})
