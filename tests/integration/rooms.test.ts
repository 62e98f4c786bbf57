import { once } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { createCard, readCards } from '../../shared/board/index.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { SyncMessageType, encodeSyncUpdate } from '../../shared/protocol.ts'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { connectClient, connectRawSocket, createClient, waitForConvergence } from '../helpers/clients.ts'
import { createRandom } from '../helpers/random.ts'
import { startTestServer } from '../helpers/testServer.ts'

const author = { authorId: 'tester', authorName: 'Tester' }

function syncMessage(type: number, payload: Uint8Array) {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

describe('rooms', () => {
  it('[SY10] an idle room is unloaded, its Y.Doc destroyed, and it loads again on the next join', async () => {
    const server = await startTestServer({ roomIdleMs: 50 })
    const a = await connectClient(server.url, DEMO_BOARD_ID)
    const id = createCard(a.doc, { stance: 'bull', x: 0, y: 0, text: 'kept', ...author })
    const room = await server.registry.acquire(DEMO_BOARD_ID)
    await vi.waitFor(() => expect(readCards(room.document('board')).map((card) => card.id)).toContain(id))
    server.registry.release(DEMO_BOARD_ID)

    const unloaded = once(server.registry, 'unloaded')
    a.provider.destroy()
    await unloaded
    expect(server.registry.isLoaded(DEMO_BOARD_ID)).toBe(false)
    expect(room.document('board').isDestroyed).toBe(true)

    const b = await connectClient(server.url, DEMO_BOARD_ID)
    expect(server.registry.isLoaded(DEMO_BOARD_ID)).toBe(true)
    expect(readCards(b.doc).map((card) => card.id)).toContain(id)
  })

  it('[SY11] a malformed update is refused with an error to its socket while the room and other clients go on', async () => {
    const server = await startTestServer()
    const honestA = await connectClient(server.url, DEMO_BOARD_ID)
    const honestB = await connectClient(server.url, DEMO_BOARD_ID)
    const { socket, errors } = await connectRawSocket(server.url, { boardId: DEMO_BOARD_ID })
    const random = createRandom(11)
    const scratch = new Y.Doc()
    createCard(scratch, { stance: 'bull', x: 0, y: 0, text: 'a real card', ...author })
    const realUpdate = Y.encodeStateAsUpdate(scratch)
    const bad = [
      random.bytes(64),
      encodeSyncUpdate(realUpdate).slice(0, 20),
      syncMessage(SyncMessageType.Update, realUpdate.slice(0, realUpdate.length - 6)),
      syncMessage(SyncMessageType.Update, new Uint8Array([0, 3])),
      'not even bytes',
    ]
    for (const message of bad) socket.emit('sync', 'board', message as Uint8Array)
    await vi.waitFor(() => expect(errors).toHaveLength(bad.length))
    expect(new Set(errors.map((error) => error.code))).toEqual(new Set([ErrorCode.MalformedMessage]))
    expect(socket.connected).toBe(true)

    const id = createCard(honestA.doc, { stance: 'bear', x: 0, y: 0, text: 'still works', ...author })
    await waitForConvergence([honestA.doc, honestB.doc])
    expect(readCards(honestB.doc).map((card) => card.id)).toContain(id)
  })

  it("[SY12] a disconnecting client's presence disappears for the others", async () => {
    const server = await startTestServer()
    const a = await connectClient(server.url, DEMO_BOARD_ID, { name: 'Ada' })
    const b = await connectClient(server.url, DEMO_BOARD_ID, { name: 'Bo' })
    await vi.waitFor(() =>
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { name: 'Ada' } }),
    )

    a.provider.disconnect()
    await vi.waitFor(() => expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(false))
  })

  it('[SY13] a client speaking another protocol version gets PROTOCOL_MISMATCH, not a silent failure', async () => {
    const server = await startTestServer()
    await expect(
      connectRawSocket(server.url, { boardId: DEMO_BOARD_ID, protocolVersion: 999 }),
    ).rejects.toMatchObject({
      data: { code: ErrorCode.ProtocolMismatch },
    })
  })

  it('[SY14] joining a board that does not exist is refused with a clear error and creates nothing', async () => {
    const server = await startTestServer()
    const client = createClient(server.url, 'no-such-board', { token: 'made-up' })
    await expect(client.provider.whenSynced()).rejects.toMatchObject({ code: ErrorCode.Unauthorized })
    expect(await server.store.hasBoard('no-such-board')).toBe(false)
  })
})
