import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createCard, readCards, setMeta } from '../../shared/board/index.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { BoardError } from '../../shared/errors.ts'
import { connectClient } from '../helpers/clients.ts'
import { createTestBoard, startTestServer } from '../helpers/testServer.ts'

const author = { authorId: 'tester', authorName: 'Tester' }

describe('refused and dropped edits', () => {
  it('[SY17] a refused edit makes the provider report divergence, so the app can reopen the board from the server', async () => {
    const server = await startTestServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const editor = await connectClient(server.url, boardId, { token: tokens.edit })
    const diverged: BoardError[] = []
    editor.provider.on('diverged', (error) => diverged.push(error))

    // The title lives in the control document: written into the board document, it is no part of it.
    setMeta(editor.doc, { title: 'Renamed by an editor' })
    await vi.waitFor(() => expect(diverged.map((error) => error.code)).toEqual([ErrorCode.UpdateRefused]))

    const reopened = await connectClient(server.url, boardId, { token: tokens.edit })
    const id = createCard(reopened.doc, { stance: 'bull', x: 0, y: 0, text: 'accepted again', ...author })
    const room = await server.registry.acquire(boardId)
    await vi.waitFor(() => expect(readCards(room.document('board')).map((card) => card.id)).toContain(id))
    server.registry.release(boardId)
  })

  it('[SY18] edits dropped for rate reach the server after the provider re-runs the handshake', async () => {
    // The burst holds one handshake (a step 1 and a step 2 per document: board, control, session,
    // plus presence), so the re-run handshake itself gets through.
    const server = await startTestServer({ limits: { socketMessages: { burst: 10, perSecond: 5 } } })
    const { id: boardId, tokens } = await createTestBoard(server)
    const writer = await connectClient(server.url, boardId, { token: tokens.edit })
    const codes: string[] = []
    writer.provider.on('board-error', (error) => codes.push(error.code))
    for (let i = 0; i < 30; i++)
      createCard(writer.doc, { stance: 'bear', x: i, y: i, text: `#${i}`, ...author })

    const room = await server.registry.acquire(boardId)
    await vi.waitFor(() => expect(readCards(room.document('board'))).toHaveLength(30), { timeout: 10_000 })
    expect(codes).toContain(ErrorCode.RateLimited)
    server.registry.release(boardId)
  })

  it('[SY19] a refused presence is not a refused edit: the client keeps its document', async () => {
    const server = await startTestServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const first = await connectClient(server.url, boardId, { token: tokens.edit, name: 'Ada' })
    // The same client id on a second socket, as after a reconnect the server has not noticed yet.
    const doc = new Y.Doc()
    doc.clientID = first.doc.clientID
    const second = await connectClient(server.url, boardId, { token: tokens.edit, doc, name: 'Ada' })
    const codes: string[] = []
    const diverged: BoardError[] = []
    second.provider.on('board-error', (error) => codes.push(error.code))
    second.provider.on('diverged', (error) => diverged.push(error))

    second.provider.awareness.setLocalStateField('cursor', { x: 1, y: 2 })
    await vi.waitFor(() => expect(codes).toContain(ErrorCode.PresenceRefused))
    const id = createCard(second.doc, { stance: 'bull', x: 0, y: 0, text: 'still syncing', ...author })
    const room = await server.registry.acquire(boardId)
    await vi.waitFor(() => expect(readCards(room.document('board')).map((card) => card.id)).toContain(id))
    server.registry.release(boardId)
    expect(diverged).toEqual([])
  })
})
