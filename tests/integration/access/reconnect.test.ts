import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createCard, deleteCard, readCards, setMeta } from '../../../shared/board/index.ts'
import type { BoardError } from '../../../shared/errors.ts'
import { connectClient, connectRawSocket } from '../../helpers/clients.ts'
import { countLoggedUpdates, createTestBoard, startTestServer } from '../../helpers/testServer.ts'

const author = { authorId: 'tester', authorName: 'Tester' }

describe('reconnecting editors', () => {
  it('[AC28] an editor reconnects after the moderator renamed the board, and its offline edit arrives', async () => {
    const server = await startTestServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const moderator = await connectClient(server.url, boardId, { token: tokens.moderate })
    const editor = await connectClient(server.url, boardId, { token: tokens.edit })
    const diverged: BoardError[] = []
    editor.provider.on('diverged', (error) => diverged.push(error))

    setMeta(moderator.provider.control, { title: 'Renamed' })
    await vi.waitFor(() => expect(editor.provider.control.getMap('meta').get('title')).toBe('Renamed'))
    editor.provider.disconnect()
    const offline = createCard(editor.doc, { stance: 'bull', x: 0, y: 0, text: 'made offline', ...author })
    editor.provider.connect()
    await editor.provider.whenSynced()

    await vi.waitFor(() => expect(readCards(moderator.doc).map((card) => card.id)).toContain(offline))
    expect(diverged).toEqual([])
  })

  it('[AC29] a handshake that adds nothing is neither stored nor broadcast, even with deletions in it', async () => {
    const server = await startTestServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const a = await connectClient(server.url, boardId, { token: tokens.edit })
    const observer = await connectRawSocket(server.url, { boardId, token: tokens.view })
    deleteCard(a.doc, createCard(a.doc, { stance: 'bear', x: 0, y: 0, ...author }))
    const room = await server.registry.acquire(boardId)
    // The room holds A's card and its deletion (which state vectors do not show).
    await vi.waitFor(() => {
      expect(Y.encodeStateVector(room.document('board'))).toEqual(Y.encodeStateVector(a.doc))
      expect(room.document('board').getMap('cards').size).toBe(0)
    })
    await room.flush()
    let broadcasts = 0
    observer.socket.on('sync', () => broadcasts++)

    a.provider.disconnect()
    a.provider.connect()
    await a.provider.whenSynced()
    const later = createCard(a.doc, { stance: 'bull', x: 0, y: 0, ...author })
    await vi.waitFor(() => expect(readCards(room.document('board')).map((card) => card.id)).toContain(later))
    // Broadcasts leave the room in order: the handshake, had it been sent, would have come first.
    await vi.waitFor(() => expect(broadcasts).toBeGreaterThanOrEqual(1))
    expect(broadcasts).toBe(1)
    // Only the card: the roster's record of the rejoin is the roster's, not the handshake's.
    expect(countLoggedUpdates(server.config.dataDir, boardId, 'board')).toBe(1)
    server.registry.release(boardId)
  })
})
