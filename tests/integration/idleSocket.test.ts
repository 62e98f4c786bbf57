/** [SP6] What the server keeps of an idle socket: no handshake request, no listener per client event. */
import type http from 'node:http'
import v8 from 'node:v8'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { createCard, readCards } from '../../shared/board/index.ts'
import { connectClient } from '../helpers/clients.ts'
import { createTestBoard, startTestServer } from '../helpers/testServer.ts'

/** A full garbage collection, without starting node with --expose-gc. */
function collectGarbage() {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  gc()
}

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

  it('[SP6] lets its handshake request be collected while it stays connected', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    let request: WeakRef<http.IncomingMessage> | undefined
    // engine.io announces the handshake's response headers with the request they answer.
    server.io.engine.on('initial_headers', (_headers: unknown, incoming: http.IncomingMessage) => {
      request ??= new WeakRef(incoming)
    })
    const client = await connectClient(server.url, id, { token: tokens.view })
    expect(request).toBeDefined()
    // Collected only once nothing holds it: neither socket.io's socket nor engine.io's upgrade response.
    await expect
      .poll(() => {
        collectGarbage()
        return request?.deref()
      })
      .toBeUndefined()
    expect(client.provider.status).toBe('synced')
  })
})
