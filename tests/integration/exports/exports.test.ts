import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_BOARD_ID, createCard, type Card } from '../../../shared/board/index.ts'
import { connectClient } from '../../helpers/clients.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import type { BoardExport } from '../../../shared/exports/boardExport.ts'
import { ANNOTATION_CONTEXT, type AnnotationCollection } from '../../../server/exports/webAnnotation.ts'
import { currentScope } from '../../helpers/cleanup.ts'
import {
  createBoardViaApi,
  createTestBoard,
  startTestServer,
  tokenOf,
  type TestServer,
} from '../../helpers/testServer.ts'

let server: TestServer
const get = (path: string, token?: string) =>
  fetch(`${server.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {})
const importFile = (file: unknown) =>
  fetch(`${server.url}/api/boards/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ import: file }),
  })

/** Imports a file and exports the new board with its view link. */
async function importAndExport(file: BoardExport): Promise<BoardExport> {
  const created = await importFile(file)
  expect(created.status).toBe(201)
  const { id, links } = (await created.json()) as { id: string; links: Record<string, string> }
  const response = await get(`/api/boards/${id}/export.json`, tokenOf(links.view!))
  return (await response.json()) as BoardExport
}

async function demoExport(): Promise<BoardExport> {
  return (await (await get(`/api/boards/${DEMO_BOARD_ID}/export.json`)).json()) as BoardExport
}

/** What two exports of equal boards share: all but the export time and the board's id and creation time. */
function comparable(file: BoardExport) {
  const { exportedAt: _at, meta, ...rest } = file
  return { ...rest, meta: { title: meta.title, motion: meta.motion } }
}

describe('exports', () => {
  beforeAll(async () => {
    server = await startTestServer({}, currentScope())
  })

  it('[EX1] the Markdown brief of the demo board holds every card quote and article title', async () => {
    const { cards, sources } = await demoExport()
    const response = await get(`/api/boards/${DEMO_BOARD_ID}/export.md`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/markdown/)
    const markdown = await response.text()
    expect(markdown.startsWith('# Is the AI boom sustainable?\n')).toBe(true)
    const quoted = cards.filter((card) => card.excerpt)
    expect(quoted.length).toBeGreaterThan(0)
    for (const card of quoted) {
      expect(markdown).toContain(`> ${card.excerpt!.quote}`)
      const source = sources.find((s) => s.id === card.excerpt!.sourceId)!
      expect(markdown).toContain(`*${source.title}*`)
    }
  })

  it('[EX2] an article with a URL is linked at the passage by a text fragment', async () => {
    const markdown = await (await get(`/api/boards/${DEMO_BOARD_ID}/export.md`)).text()
    expect(markdown).toMatch(/\(https:\/\/x\.com\/sama\/status\/1986514377470845007#:~:text=[^)]+\)/)
  })

  it('[EX3] a rebuttal is nested under the card it answers', async () => {
    const { cards, links } = await demoExport()
    const rebuttal = links.find((link) => link.kind === 'rebuts')!
    const text = (id: string) => cards.find((card) => card.id === id)!.text
    const markdown = await (await get(`/api/boards/${DEMO_BOARD_ID}/export.md`)).text()
    const answered = markdown.indexOf(text(rebuttal.to))
    const answer = markdown.indexOf(text(rebuttal.from))
    expect(answered).toBeGreaterThan(-1)
    expect(answer).toBeGreaterThan(answered)
    expect(markdown.slice(answered, answer)).toContain('Rebuttals:')
    expect(markdown).toMatch(
      new RegExp(`\\n {3}- ${text(rebuttal.from).slice(0, 20).replace(/[$.]/g, '\\$&')}`),
    )
  })

  it('[EX4] the brief comes in Chinese with ?lang=zh-Hans and refuses an unknown language', async () => {
    const markdown = await (await get(`/api/boards/${DEMO_BOARD_ID}/export.md?lang=zh-Hans`)).text()
    expect(markdown).toContain('## 正方')
    expect(markdown).toContain('**辩题:**')
    const refused = await get(`/api/boards/${DEMO_BOARD_ID}/export.md?lang=fr`)
    expect(refused.status).toBe(400)
  })

  it('[EX5] the JSON-LD is a W3C annotation collection, one Annotation per card with both selectors', async () => {
    const { cards, sources } = await demoExport()
    const response = await get(`/api/boards/${DEMO_BOARD_ID}/export.jsonld`)
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/)
    const collection = (await response.json()) as AnnotationCollection
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT)
    expect(collection.type).toBe('AnnotationCollection')
    const quoted = cards.filter((card) => card.excerpt)
    expect(collection.total).toBe(quoted.length)
    expect(collection.first.items).toHaveLength(quoted.length)
    for (const card of quoted) {
      const annotation = collection.first.items.find((item) => item.id.endsWith(`:card:${card.id}`))!
      expect(annotation.type).toBe('Annotation')
      const [quote, position] = annotation.target.selector
      expect(quote).toEqual({
        type: 'TextQuoteSelector',
        exact: card.excerpt!.quote,
        prefix: card.excerpt!.prefix,
        suffix: card.excerpt!.suffix,
      })
      expect(position).toEqual({
        type: 'TextPositionSelector',
        start: card.excerpt!.start,
        end: card.excerpt!.end,
      })
      const source = sources.find((s) => s.id === card.excerpt!.sourceId)!
      expect(annotation.target.source).toBe(source.url ?? `urn:debate-board:demo:source:${source.id}`)
      expect(annotation.body).toContainEqual(
        expect.objectContaining({ type: 'TextualBody', value: card.text, purpose: 'commenting' }),
      )
      expect(annotation.body).toContainEqual({
        type: 'TextualBody',
        value: `stance:${card.stance}`,
        purpose: 'tagging',
      })
    }
  })

  it('[EX6] the JSON export imports back as a new board whose export is equal', async () => {
    const first = await demoExport()
    expect(first).toMatchObject({ format: 'debate-board', version: 1 })
    const second = await importAndExport(first)
    expect(second.meta.id).not.toBe(DEMO_BOARD_ID)
    expect(comparable(second)).toEqual(comparable(first))
  })

  it('[EX6] a debate board keeps its format and phase plan through export and import', async () => {
    const board = await createBoardViaApi(server, { title: 'Class', format: 'classroom' })
    const response = await get(`/api/boards/${board.id}/export.json`, board.tokens.view)
    const first = (await response.json()) as BoardExport
    expect(first.session?.format).toBe('classroom')
    expect(comparable(await importAndExport(first))).toEqual(comparable(first))
  })

  it('[EX10][EX12][EX13] a decision and a dated falsifier travel through export.json and back, and the brief lists them', async () => {
    const board = await createBoardViaApi(server, { title: 'Memo', format: 'committee' })
    await server.registry.withRoom(board.id, (room) =>
      room.change('board', (doc) => {
        const fields = { x: 0, y: 0, authorId: 'a-x', authorName: '' }
        createCard(doc, { ...fields, stance: 'bull', text: 'Margins hold' }, { id: 'margin' })
        createCard(
          doc,
          { ...fields, stance: 'bear', kind: 'falsifier', reviewDate: '2027-01-31', text: 'Churn over 5%' },
          { id: 'kill' },
        )
      }),
    )
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    await moderator.provider.facilitate({
      type: 'decide',
      outcome: 'revisit',
      rationale: 'Check churn first.',
      cardIds: ['margin', 'kill'],
    })
    const first = (await (
      await get(`/api/boards/${board.id}/export.json`, board.tokens.view)
    ).json()) as BoardExport
    expect(first.decision).toMatchObject({ outcome: 'revisit', cardIds: ['margin', 'kill'] })
    expect(first.cards.find((card) => card.id === 'kill')).toMatchObject({
      kind: 'falsifier',
      reviewDate: '2027-01-31',
    })
    expect(comparable(await importAndExport(first))).toEqual(comparable(first))

    const markdown = await (await get(`/api/boards/${board.id}/export.md`, board.tokens.view)).text()
    expect(markdown).toContain('## Decision\n\nRevisit\n\nRationale: Check churn first.')
    expect(markdown).toContain('- [1] Margins hold')
    expect(markdown).toContain('## What would change our mind\n\n- Churn over 5% (review by 2027-01-31)')

    const citesMissing = { ...first, decision: { ...first.decision!, cardIds: ['margin', 'gone'] } }
    const refused = await importFile(citesMissing)
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
      'cites card gone',
    )
  })

  it.each<[string, (file: BoardExport) => unknown, string]>([
    ['no file', () => undefined, 'import'],
    ['another format', (file) => ({ ...file, format: 'trello' }), 'import.format'],
    ['a later version', (file) => ({ ...file, version: 2 }), 'import.version'],
    [
      'a card quoting outside its source',
      (file) => ({ ...file, cards: file.cards.map((card, i) => (i === 0 ? movedQuote(card) : card)) }),
      'quote is not at its offsets',
    ],
    [
      'a link to a missing card',
      (file) => ({
        ...file,
        links: [...file.links, { id: 'x1', from: file.cards[0]!.id, to: 'gone', kind: 'rebuts' }],
      }),
      'does not join two different cards',
    ],
  ])('[EX7] an import with %s is refused with 400 and says why', async (_name, breakFile, message) => {
    const response = await importFile(breakFile(await demoExport()))
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe(ErrorCode.BadRequest)
    expect(body.error.message).toContain(message)
  })

  it('[EX8] exports refuse a missing or wrong token with 401, an unknown board and format with 404', async () => {
    const { id, tokens } = await createTestBoard(server)
    for (const format of ['md', 'json', 'jsonld']) {
      for (const token of [undefined, 'not-a-token', tokens.view.slice(1)]) {
        const response = await get(`/api/boards/${id}/export.${format}`, token)
        expect(response.status).toBe(401)
        const body = (await response.json()) as { error: { code: string } }
        expect(body.error.code).toBe(ErrorCode.Unauthorized)
      }
      for (const token of Object.values(tokens))
        expect((await get(`/api/boards/${id}/export.${format}`, token)).status).toBe(200)
    }
    const unknownBoard = await get(`/api/boards/no-such-board/export.md`, tokens.view)
    expect(unknownBoard.status).toBe(404)
    const unknownFormat = await get(`/api/boards/${id}/export.docx`, tokens.view)
    expect(unknownFormat.status).toBe(404)
    expect(await unknownFormat.json()).toMatchObject({ error: { code: ErrorCode.NotFound } })
  })
})

function movedQuote(card: Card): Card {
  const excerpt = card.excerpt!
  return { ...card, excerpt: { ...excerpt, start: excerpt.start + 1, end: excerpt.end + 1 } }
}
