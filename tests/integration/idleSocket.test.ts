/** [SP6] What the server keeps of an idle socket: no handshake request, no listener per client event. */
import { describe, expect, it } from 'vitest'
import { createCard, readCards } from '../../shared/board/index.ts'
import { connectClient } from '../helpers/clients.ts'
import { createTestBoard, startTestServer } from '../helpers/testServer.ts'

describe('an idle socket', () => {
  it('[SP6] keeps neither its handshake request nor a listener per client event, and still syncs both ways', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const writer = await connectClient(server.url, id, { token: tokens.edit })
    const reader = await connectClient(server.url, id, { token: tokens.view })

    const sockets = [...server.io.of('/').sockets.values()]
    expect(sockets).toHaveLength(2)
    for (const socket of sockets) {
      expect(socket.request).toBeNull()
      expect(socket.eventNames()).not.toContain('sync')
      expect(socket.eventNames()).not.toContain('awareness')
    }
    // Client events still reach the room: an edit from one client arrives at the other.
    const card = createCard(writer.doc, {
      stance: 'bull',
      x: 0,
      y: 0,
      text: 'heard',
      authorId: 'tester',
      authorName: 'Tester',
    })
    await expect.poll(() => readCards(reader.doc).map((each) => each.id)).toContain(card)
  })
})
