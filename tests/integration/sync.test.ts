import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import {
  createCard,
  deleteCard,
  getCardText,
  linkCards,
  moveCard,
  readCards,
  readLinks,
  readSources,
} from '../../shared/board/index.ts'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { connectClient, createClient, waitForConvergence } from '../helpers/clients.ts'
import { createTestBoard, startTestServer } from '../helpers/testServer.ts'

const author = { authorId: 'tester', authorName: 'Tester' }

describe('sync between clients', () => {
  it('[SY1] two clients converge on concurrent card create, move, text edit, link and delete', async () => {
    const server = await startTestServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const a = await connectClient(server.url, boardId, { token: tokens.edit })
    const b = await connectClient(server.url, boardId, { token: tokens.edit })

    const fromA = createCard(a.doc, { stance: 'bull', x: 0, y: 0, text: 'growth', ...author })
    const fromB = createCard(b.doc, { stance: 'bear', x: 400, y: 0, text: 'losses', ...author })
    await waitForConvergence([a.doc, b.doc])

    moveCard(a.doc, fromB, { x: 500, y: 90 })
    moveCard(b.doc, fromB, { x: 520, y: 95 })
    getCardText(a.doc, fromA)!.insert(0, 'A: ')
    getCardText(b.doc, fromA)!.insert(getCardText(b.doc, fromA)!.length, ' (B)')
    linkCards(a.doc, { from: fromB, to: fromA, kind: 'rebuts' })
    await waitForConvergence([a.doc, b.doc])

    expect(getCardText(b.doc, fromA)!.toString()).toBe('A: growth (B)')
    expect(readLinks(b.doc)).toEqual([expect.objectContaining({ from: fromB, to: fromA, kind: 'rebuts' })])
    const moved = readCards(a.doc).find((card) => card.id === fromB)!
    expect([500, 520]).toContain(moved.x)

    deleteCard(b.doc, fromA)
    await waitForConvergence([a.doc, b.doc])
    expect(readCards(a.doc).map((card) => card.id)).not.toContain(fromA)
    expect(readLinks(a.doc)).toEqual([])
  })

  it('[SY2] a late joiner receives the full state', async () => {
    const server = await startTestServer()
    const a = await connectClient(server.url, DEMO_BOARD_ID)
    const id = createCard(a.doc, { stance: 'bull', x: 1, y: 2, text: 'early', ...author })
    await vi.waitFor(() => expect(server.registry.isLoaded(DEMO_BOARD_ID)).toBe(true))
    const b = createClient(server.url, DEMO_BOARD_ID)
    await b.provider.whenSynced()
    await waitForConvergence([a.doc, b.doc])
    expect(readSources(b.doc)).toHaveLength(2)
    expect(getCardText(b.doc, id)!.toString()).toBe('early')
  })

  it('[SY3] fifty clients in one room all receive an update', async () => {
    const server = await startTestServer()
    const clients = await Promise.all(
      Array.from({ length: 50 }, () => connectClient(server.url, DEMO_BOARD_ID)),
    )
    const id = createCard(clients[0]!.doc, { stance: 'bear', x: 0, y: 0, text: 'to everyone', ...author })
    await vi.waitFor(
      () => {
        for (const { doc } of clients) expect(getCardText(doc, id)?.toString()).toBe('to everyone')
      },
      { timeout: 15_000, interval: 20 },
    )
  })

  it('[SY4] edits made while disconnected merge with concurrent edits after reconnecting', async () => {
    const server = await startTestServer()
    const a = await connectClient(server.url, DEMO_BOARD_ID)
    const b = await connectClient(server.url, DEMO_BOARD_ID)
    a.provider.disconnect()
    await vi.waitFor(() => expect(a.provider.status).toBe('disconnected'))

    const offline = createCard(a.doc, { stance: 'bull', x: 0, y: 0, text: 'offline', ...author })
    const online = createCard(b.doc, { stance: 'bear', x: 0, y: 0, text: 'online', ...author })
    a.provider.connect()
    await a.provider.whenSynced()
    await waitForConvergence([a.doc, b.doc])
    expect(readCards(b.doc).map((card) => card.id)).toEqual(expect.arrayContaining([offline, online]))
  })

  it('[SY5] an update is not echoed back to the client that sent it', async () => {
    const server = await startTestServer()
    const a = await connectClient(server.url, DEMO_BOARD_ID)
    const b = await connectClient(server.url, DEMO_BOARD_ID)
    const received: unknown[] = []
    a.doc.on(
      'update',
      (_update: Uint8Array, origin: unknown) => origin === a.provider && received.push(origin),
    )
    createCard(a.doc, { stance: 'bull', x: 0, y: 0, ...author })
    const fromB = createCard(b.doc, { stance: 'bear', x: 0, y: 0, ...author })
    // B's card arriving proves A's own update had its chance to come back first.
    await vi.waitFor(() => expect(readCards(a.doc).map((card) => card.id)).toContain(fromB))
    expect(received).toHaveLength(1)
  })

  it('[SY6] many clients joining at once load the board once', async () => {
    const server = await startTestServer()
    const loads: string[] = []
    server.registry.on('loaded', (boardId) => loads.push(boardId))
    await Promise.all(Array.from({ length: 10 }, () => connectClient(server.url, DEMO_BOARD_ID)))
    expect(loads).toEqual([DEMO_BOARD_ID])
  })

  it('keeps card text as a live Y.Text that concurrent typists share', async () => {
    const server = await startTestServer()
    const a = await connectClient(server.url, DEMO_BOARD_ID)
    const b = await connectClient(server.url, DEMO_BOARD_ID)
    const id = createCard(a.doc, { stance: 'bull', x: 0, y: 0, text: '', ...author })
    await vi.waitFor(() => expect(getCardText(b.doc, id)).toBeInstanceOf(Y.Text))
    getCardText(a.doc, id)!.insert(0, 'abc')
    getCardText(b.doc, id)!.insert(0, 'xyz')
    await waitForConvergence([a.doc, b.doc])
    expect(getCardText(a.doc, id)!.toString()).toHaveLength(6)
  })
})
