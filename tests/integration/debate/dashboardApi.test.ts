/** The teacher's dashboard over HTTP: JSON and CSV, for the moderator only. */
import * as Y from 'yjs'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { Role } from '../../../shared/access.ts'
import {
  DocName,
  createCard,
  createCardFromExcerpt,
  initBoard,
  linkCards,
  readSources,
} from '../../../shared/board/index.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { issueTokens } from '../../../server/auth/capabilities.ts'
import type { Dashboard } from '../../../server/debate/dashboard.ts'
import { connectClient, type TestClient } from '../../helpers/clients.ts'
import { parseCsv } from '../../helpers/csv.ts'
import { createBoardViaApi, type TestServer } from '../../helpers/testServer.ts'
import { callApi, jsonOf, startDebateServer } from './apiHarness.ts'

type DashboardJson = Dashboard & { id: string; title: string }

let server: TestServer
beforeAll(async () => {
  server = await startDebateServer()
})

/** The id a client's cards carry, from the seat the server gives it (and checks cards against). */
async function authorIdOf(client: TestClient): Promise<string> {
  await vi.waitFor(() => expect(client.provider.seat).toBeDefined())
  return client.provider.seat!.authorId
}

/** A board where Alice cited a passage and Bob rebutted her, each from their own page. */
async function debatedBoard() {
  const board = await createBoardViaApi(server, { title: 'AI 泡沫?', format: 'free' })
  const alice = await connectClient(server.url, board.id, { token: board.tokens.bull, name: 'Alice' })
  const bob = await connectClient(server.url, board.id, { token: board.tokens.bear, name: 'Bob' })
  const [article] = readSources(alice.doc)
  const quote = article!.text.slice(0, 12)
  const cited = createCardFromExcerpt(alice.doc, {
    stance: 'bull',
    text: 'Revenue compounds 营收增长',
    x: 0,
    y: 0,
    sourceId: article!.id,
    start: 0,
    end: quote.length,
    team: 'bull',
    authorId: await authorIdOf(alice),
    authorName: 'Alice',
  })
  await vi.waitFor(() => expect(bob.doc.getMap('cards').has(cited)).toBe(true))
  const rebuttal = createCard(bob.doc, {
    stance: 'bear',
    text: 'Costs grow faster',
    x: 0,
    y: 300,
    team: 'bear',
    authorId: await authorIdOf(bob),
    authorName: 'Bob',
  })
  linkCards(bob.doc, { from: rebuttal, to: cited, kind: 'rebuts' })
  return { ...board, article: article!, quote, cited }
}

async function dashboardOf(id: string, token: string) {
  return jsonOf<DashboardJson>(await callApi(server, `/api/boards/${id}/dashboard`, { token }), 200)
}

describe('the dashboard', () => {
  it('[PH49] gives the moderator each participant’s figures and the passages each team cited', async () => {
    const board = await debatedBoard()
    await vi.waitFor(async () => {
      const { participants } = await dashboardOf(board.id, board.tokens.moderate)
      expect(participants.map((p) => p.links)).toEqual([0, 1])
    })
    const dashboard = await dashboardOf(board.id, board.tokens.moderate)
    expect(dashboard).toMatchObject({ id: board.id, title: 'AI 泡沫?', format: 'free', phaseId: 'open' })
    expect(dashboard.participants).toEqual([
      expect.objectContaining({
        name: 'Alice',
        inRoster: true,
        team: 'bull',
        role: 'bull',
        cards: 1,
        excerpts: 1,
        links: 0,
        words: 2 + 4,
      }),
      expect.objectContaining({
        name: 'Bob',
        inRoster: true,
        team: 'bear',
        role: 'bear',
        cards: 1,
        excerpts: 0,
        links: 1,
        words: 3,
      }),
    ])
    expect(dashboard.articles[0]).toEqual({
      sourceId: board.article.id,
      title: board.article.title,
      passages: [
        { quote: board.quote, start: 0, end: board.quote.length, team: 'bull', cardIds: [board.cited] },
      ],
    })
  })

  it('[PH49] refuses anyone but the moderator: 401 without a token, 403 FORBIDDEN with another link', async () => {
    const board = await createBoardViaApi(server, { title: 'Private', articles: 'none' })
    for (const path of ['dashboard', 'dashboard.csv']) {
      const anonymous = await callApi(server, `/api/boards/${board.id}/${path}`)
      expect((await jsonOf<{ error: { code: string } }>(anonymous, 401)).error.code).toBe(
        ErrorCode.Unauthorized,
      )
      for (const role of [Role.Edit, Role.Bull, Role.View, Role.Projector]) {
        const response = await callApi(server, `/api/boards/${board.id}/${path}`, {
          token: board.tokens[role],
        })
        const { error } = await jsonOf<{ error: { code: string; message: string } }>(response, 403)
        expect([path, role, error.code]).toEqual([path, role, ErrorCode.Forbidden])
        expect(error.message).toContain('moderator')
      }
    }
  })

  it('[PH49] exports a CSV attachment with a byte-order mark that parses back to the dashboard’s rows', async () => {
    const board = await debatedBoard()
    await vi.waitFor(async () => {
      const { participants } = await dashboardOf(board.id, board.tokens.moderate)
      expect(participants.map((p) => p.links)).toEqual([0, 1])
    })
    const response = await callApi(server, `/api/boards/${board.id}/dashboard.csv?lang=zh-Hans`, {
      token: board.tokens.moderate,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${board.id}-dashboard.csv"; filename*=UTF-8''AI%20%E6%B3%A1%E6%B2%AB%20dashboard.csv`,
    )
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(parseCsv(text.slice(1))).toEqual([
      ['姓名', '阵营', '角色', '卡片', '引用段落', '连线', '字数'],
      ['Alice', '正方', '看多方', '1', '1', '0', '6'],
      ['Bob', '反方', '看空方', '1', '0', '1', '3'],
    ])
  })

  it('[PH49] refuses a CSV language it does not have with 400', async () => {
    const board = await createBoardViaApi(server, { title: 'Lang', articles: 'none' })
    const response = await callApi(server, `/api/boards/${board.id}/dashboard.csv?lang=fr`, {
      token: board.tokens.moderate,
    })
    expect((await jsonOf<{ error: { code: string } }>(response, 400)).error.code).toBe(ErrorCode.BadRequest)
  })

  it('[PH49] answers for a board stored before the session and roster documents, as a free board', async () => {
    const board = new Y.Doc()
    const control = new Y.Doc()
    initBoard(control, { title: 'Old board' })
    const id = 'old-board-1'
    const { tokens, hashes } = await issueTokens()
    createCard(board, { stance: 'bear', x: 0, y: 0, authorId: 'z', authorName: 'Zed', text: 'one two' })
    await server.store.createBoard({
      id,
      createdAt: Date.now(),
      documents: {
        [DocName.Board]: Y.encodeStateAsUpdate(board),
        [DocName.Control]: Y.encodeStateAsUpdate(control),
      },
      tokenHashes: hashes,
    })
    const dashboard = await dashboardOf(id, tokens.moderate)
    expect(dashboard).toMatchObject({ format: 'free', phaseId: 'open', articles: [] })
    expect(dashboard.participants).toEqual([
      {
        key: 'name:Zed',
        name: 'Zed',
        inRoster: false,
        team: null,
        role: null,
        cards: 1,
        excerpts: 0,
        links: 0,
        words: 2,
      },
    ])
    const groups = await callApi(server, `/api/boards/${id}/groups`, { token: tokens.moderate })
    expect(await jsonOf(groups, 200)).toEqual({ groups: [] })
  })
})
