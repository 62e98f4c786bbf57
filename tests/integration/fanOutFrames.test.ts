/** How an update reaches many sockets: one frame per socket, encoded once for all of them. */
import { describe, expect, it, vi } from 'vitest'
import { emitPrepared } from '../../server/rooms/preparedFrames.ts'
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

  it('[SP10] a prepared frame never overtakes what engine.io still holds for a socket', async () => {
    const server = await startTestServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const { socket } = await connectRawSocket(server.url, { boardId, token: tokens.view })
    await vi.waitFor(() => expect(server.io.of('/').sockets.size).toBe(1))
    const nsp = server.io.of('/')
    const [serverSide] = [...nsp.sockets.values()]
    const seen: string[] = []
    socket.onAny((event: string, ...args: unknown[]) => {
      if (event === 'ping-order' || event === 'sync') seen.push(String(args[0]))
    })

    // The first emit is written at once; engine.io holds the second until that write's callback.
    const emit = serverSide!.emit.bind(serverSide) as (event: string, ...args: unknown[]) => boolean
    emit('ping-order', 'first')
    emit('ping-order', 'second')
    emitPrepared(nsp, [serverSide!.id], 'sync', 'third', new Uint8Array([0, 2, 0]))
    emitPrepared(nsp, [serverSide!.id], 'sync', 'fourth', new Uint8Array([0, 2, 0]))

    await vi.waitFor(() => expect(seen).toHaveLength(4))
    expect(seen).toEqual(['first', 'second', 'third', 'fourth'])
  })
})
