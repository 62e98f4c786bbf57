import { describe, expect, it } from 'vitest'
import { readCards, readMeta, readSources } from '../../shared/board/index.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { connectClient } from '../helpers/clients.ts'
import { startTestServer, tokenOf } from '../helpers/testServer.ts'

async function postJson(url: string, body: unknown) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

describe('boards API', () => {
  it('answers /healthz with ok', async () => {
    const server = await startTestServer()
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ ok: true })
  })

  it('creates a board with six distinct capability links that connect with their roles', async () => {
    const server = await startTestServer()
    const response = await postJson(`${server.url}/api/boards`, {
      title: 'Committee',
      motion: 'Buy NVDA',
      template: 'blank',
    })
    expect(response.status).toBe(201)
    const { id, links } = (await response.json()) as { id: string; links: Record<string, string> }
    expect(Object.keys(links).sort()).toEqual(['bear', 'bull', 'edit', 'moderate', 'projector', 'view'])
    const tokens = Object.values(links).map(tokenOf)
    expect(new Set(tokens).size).toBe(6)
    for (const token of tokens) expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16)
    for (const link of Object.values(links))
      expect(link.startsWith(`${server.url}/b/${id}#token=`)).toBe(true)

    const meta = await fetch(`${server.url}/api/boards/${id}`, {
      headers: { authorization: `Bearer ${tokenOf(links.view!)}` },
    })
    expect(await meta.json()).toMatchObject({ id, title: 'Committee', motion: 'Buy NVDA', role: 'view' })
    const client = await connectClient(server.url, id, { token: tokenOf(links.edit!) })
    expect(readMeta(client.provider.control).title).toBe('Committee')
  })

  it('starts a board from the AI-boom template with the two bundled articles', async () => {
    const server = await startTestServer()
    const response = await postJson(`${server.url}/api/boards`, { title: 'Class 3B' })
    const { id, links } = (await response.json()) as { id: string; links: Record<string, string> }
    const client = await connectClient(server.url, id, { token: tokenOf(links.edit!) })
    expect(readSources(client.doc).map((source) => source.language)).toEqual(['zh-Hant', 'zh-Hans'])
  })

  it('serves the demo board with both articles and example cards linked to real excerpts', async () => {
    const server = await startTestServer()
    const client = await connectClient(server.url, DEMO_BOARD_ID)
    const sources = readSources(client.doc)
    const cards = readCards(client.doc)
    expect(readMeta(client.provider.control).title).toBe('Is the AI boom sustainable?')
    expect(new Set(cards.map((card) => card.stance))).toEqual(new Set(['bull', 'bear']))
    for (const card of cards) {
      const source = sources.find((s) => s.id === card.excerpt?.sourceId)!
      expect(source.text.slice(card.excerpt!.start, card.excerpt!.end)).toBe(card.excerpt!.quote)
    }
  })

  it.each([
    ['an empty title', { title: '' }],
    ['a title that is not a string', { title: 42 }],
    ['an unknown template', { title: 'x', template: 'nope' }],
  ])('refuses a board with %s with 400 BAD_REQUEST', async (_name, body) => {
    const server = await startTestServer()
    const response = await postJson(`${server.url}/api/boards`, body)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      error: { code: ErrorCode.BadRequest, message: expect.any(String) },
    })
  })

  it('answers an unknown API route and a malformed board id with JSON errors', async () => {
    const server = await startTestServer()
    const unknown = await fetch(`${server.url}/api/nothing-here`)
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ error: { code: ErrorCode.NotFound } })
    const malformed = await fetch(`${server.url}/api/boards/NOT%20AN%20ID`)
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toMatchObject({ error: { code: ErrorCode.BadRequest } })
  })
})
