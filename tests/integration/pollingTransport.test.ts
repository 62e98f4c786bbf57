/** [SP7] HTTP long-polling, socket.io's fallback where no WebSocket gets through, still carries a board. */
import { describe, expect, it } from 'vitest'
import { createCard, readCards } from '../../shared/board/index.ts'
import { connectClient } from '../helpers/clients.ts'
import { createTestBoard, startTestServer } from '../helpers/testServer.ts'

describe('long-polling', () => {
  it('[SP7] a client that can only long-poll syncs a board both ways with a WebSocket client, large (compressible) responses included', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const polling = await connectClient(server.url, id, { token: tokens.edit, transports: ['polling'] })
    const websocket = await connectClient(server.url, id, { token: tokens.edit })
    expect(
      [...server.io.of('/').sockets.values()].map((socket) => socket.conn.transport.name).sort(),
    ).toEqual(['polling', 'websocket'])
    const author = { authorId: 'tester', authorName: 'Tester' }
    const fromPolling = createCard(polling.doc, { stance: 'bull', x: 0, y: 0, text: 'polled', ...author })
    // Over 1 KB, so that engine.io negotiates compression for the polled response (accepts).
    const long = 'pushed '.repeat(400)
    const fromWebSocket = createCard(websocket.doc, { stance: 'bear', x: 9, y: 0, text: long, ...author })
    const ids = (client: typeof polling) => readCards(client.doc).map((card) => card.id)
    await expect.poll(() => ids(websocket)).toContain(fromPolling)
    await expect.poll(() => ids(polling)).toContain(fromWebSocket)
  })
})
