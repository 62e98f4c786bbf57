/** How an update reaches many sockets: one frame per socket, encoded once for all of them. */
import { describe, expect, it, vi } from 'vitest'
import { createCard } from '../../shared/board/index.ts'
import { registerCleanup } from '../helpers/cleanup.ts'
import { connectClient, connectRawSocket, type RawSocket } from '../helpers/clients.ts'
import { createTestBoard, startTestServer } from '../helpers/testServer.ts'

const RECEIVERS = 6
const author = { authorId: 'tester', authorName: 'Tester' }

/** Counts the engine.io message frames and the socket.io events a raw socket receives. */
function countFrames(socket: RawSocket) {
  const counts = { frames: 0, events: 0, syncs: 0 }
  socket.io.engine.on('packet', (packet) => {
    if (packet.type === 'message') counts.frames++
  })
  socket.onAny((event: string) => {
    counts.events++
    if (event === 'sync') counts.syncs++
  })
  return counts
}

describe('fan-out', () => {
  it('[SP1] a broadcast to N sockets is encoded once and writes one frame per socket, binary included', async () => {
    const server = await startTestServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const receivers = await Promise.all(
      Array.from({ length: RECEIVERS }, () => connectRawSocket(server.url, { boardId, token: tokens.view })),
    )
    const writer = await connectClient(server.url, boardId, { token: tokens.edit })
    const counts = receivers.map(({ socket }) => countFrames(socket))
    const encode = vi.spyOn(server.io.encoder, 'encode')
    registerCleanup(() => encode.mockRestore())

    createCard(writer.doc, { stance: 'bull', x: 0, y: 0, text: 'to everyone', ...author })
    await vi.waitFor(() => expect(counts.every(({ syncs }) => syncs === 1)).toBe(true))

    for (const { frames, events } of counts) expect(frames).toBe(events)
    const syncEncodes = encode.mock.calls.filter(
      ([packet]) => (packet.data as unknown[] | undefined)?.[0] === 'sync',
    )
    expect(syncEncodes).toHaveLength(1)
  })
})
