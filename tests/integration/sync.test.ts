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
import { SyncMessageType, decodeSyncMessage, toBytes } from '../../shared/protocol.ts'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { connectClient, connectRawSocket, createClient, waitForConvergence } from '../helpers/clients.ts'
import { updateMessageFrom } from './access/accessHarness.ts'
import { createTestBoard, startTestServer } from '../helpers/testServer.ts'
import { createBoard, destroyBoardDocuments } from '../../server/boards/createBoard.ts'

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

  it('[SP9] a late joiner to a big board receives it in several updates, then is synced with every card', async () => {
    const server = await startTestServer()
    const cards = 1_500
    const { id, tokens, documents } = await createBoard(
      server.store,
      { title: 'Big', motion: 'Tests pass.', articles: 'none' },
      {
        prepare: ({ board }) =>
          board.transact(() => {
            for (let i = 0; i < cards; i++)
              createCard(board, { stance: 'bull', x: i, y: i, text: `card ${i}`, ...author }, { now: i })
          }),
      },
    )
    destroyBoardDocuments(documents)
    const doc = new Y.Doc()
    const cardsAtEachUpdate: number[] = []
    doc.on('update', () => cardsAtEachUpdate.push(readCards(doc).length))
    await connectClient(server.url, id, { token: tokens.edit, doc })
    expect(readCards(doc)).toHaveLength(cards)
    // Several messages, each adding cards, the whole board once synced.
    expect(cardsAtEachUpdate.length).toBeGreaterThan(1)
    expect(cardsAtEachUpdate.at(-1)).toBe(cards)
    expect(cardsAtEachUpdate[0]).toBeLessThan(cards)
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

  it('[SY5] an update is broadcast to everyone else in the room, never echoed to its sender', async () => {
    const server = await startTestServer()
    const reference = await connectClient(server.url, DEMO_BOARD_ID)
    const b = await connectClient(server.url, DEMO_BOARD_ID)
    // A raw sender, so that the test counts what reaches the socket, not what Yjs would apply.
    const { socket, errors } = await connectRawSocket(server.url, { boardId: DEMO_BOARD_ID })
    const heard = new Y.Doc()
    Y.applyUpdate(heard, Y.encodeStateAsUpdate(reference.doc))
    let updates = 0
    socket.on('sync', (_doc, payload) => {
      const message = decodeSyncMessage(toBytes(payload)!)
      if (message.type !== SyncMessageType.Update) return
      updates++
      Y.applyUpdate(heard, message.update)
    })
    const before = readCards(reference.doc).length
    const mine = updateMessageFrom(reference.doc, (doc) =>
      createCard(doc, { stance: 'bull', x: 0, y: 0, ...author }),
    )
    socket.emit('sync', 'board', mine)
    await vi.waitFor(() => expect(readCards(b.doc)).toHaveLength(before + 1))
    expect(errors).toEqual([])
    // B's card reaching the raw socket is the barrier: an echo of the sender's own update comes before it.
    const fromB = createCard(b.doc, { stance: 'bear', x: 0, y: 0, ...author })
    await vi.waitFor(() => expect(readCards(heard).map((card) => card.id)).toContain(fromB))
    expect(updates).toBe(1)
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
