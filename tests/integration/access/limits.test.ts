import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { createCard } from '../../../shared/board/index.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { encodeSyncStep1, encodeSyncUpdate } from '../../../shared/protocol.ts'
import { connectClient, connectRawSocket, type RawSocket } from '../../helpers/clients.ts'
import { createTestBoard, type TestServer } from '../../helpers/testServer.ts'
import {
  createBoardOverHttp,
  startServerWithLimits,
  updateMessageFrom,
  waitForErrorCode,
} from './accessHarness.ts'

const author = { authorId: 'tester', authorName: 'Tester' }

async function expectHealthy(server: TestServer) {
  const response = await fetch(`${server.url}/healthz`)
  expect(response.status).toBe(200)
  expect(await response.json()).toMatchObject({ ok: true })
}

/** A valid presence of one client id, as a provider sends it. */
function presenceMessage(): Uint8Array {
  const doc = new Y.Doc()
  const awareness = new awarenessProtocol.Awareness(doc)
  awareness.setLocalState({ name: 'Flooder' })
  const message = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])
  awareness.destroy()
  doc.destroy()
  return message
}

/**
 * Sends `send` flat out, yielding to the event loop between batches so the socket keeps writing,
 * until the server closes the socket or `deadlineMs` passes; returns the disconnect reason.
 */
async function floodUntilDisconnected(socket: RawSocket, send: () => void, deadlineMs: number) {
  let reason: string | undefined
  socket.on('disconnect', (why) => (reason = why))
  const startedAt = Date.now()
  while (reason === undefined && Date.now() - startedAt < deadlineMs) {
    for (let i = 0; i < 50; i++) send()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return reason
}

describe('limits', () => {
  it('[AC12] an update over the update cap gets TOO_LARGE and the socket keeps working; a message over the socket cap closes only that socket', async () => {
    const server = await startServerWithLimits({ maxUpdateBytes: 64 * 1024, maxMessageBytes: 256 * 1024 })
    const { id, tokens } = await createTestBoard(server)
    const { socket, errors } = await connectRawSocket(server.url, { boardId: id, token: tokens.edit })
    const witness = await connectClient(server.url, id, { token: tokens.edit })

    socket.emit('sync', 'board', encodeSyncUpdate(new Uint8Array(100 * 1024)))
    await waitForErrorCode(errors, ErrorCode.TooLarge)
    const replies: Uint8Array[] = []
    socket.on('sync', (_doc, message) => replies.push(message))
    socket.emit('sync', 'board', encodeSyncStep1(new Y.Doc()))
    await vi.waitFor(() => expect(replies).toHaveLength(1))

    let reason: string | undefined
    socket.on('disconnect', (why) => (reason = why))
    socket.emit('sync', 'board', new Uint8Array(512 * 1024))
    await vi.waitFor(() => expect(reason).toBe('transport close'))
    expect(witness.provider.status).toBe('synced')
    await expectHealthy(server)
  })

  it('[AC13] a message flood is dropped with RATE_LIMITED at most once a second, and a socket that keeps flooding is disconnected', async () => {
    const server = await startServerWithLimits({
      socketMessages: { burst: 20, perSecond: 10 },
      socketFloodDisconnectAfter: 500,
    })
    const { id, tokens } = await createTestBoard(server)
    const { socket, errors } = await connectRawSocket(server.url, { boardId: id, token: tokens.view })
    let reason: string | undefined
    socket.on('disconnect', (why) => (reason = why))
    const step1 = encodeSyncStep1(new Y.Doc())
    for (let i = 0; i < 200; i++) socket.emit('sync', 'board', step1)
    await waitForErrorCode(errors, ErrorCode.RateLimited)
    await expectHealthy(server)
    expect(errors.filter((error) => error.code === ErrorCode.RateLimited).length).toBeLessThanOrEqual(2)
    expect(reason).toBeUndefined()

    for (let i = 0; i < 600; i++) socket.emit('sync', 'board', step1)
    await vi.waitFor(() => expect(reason).toBe('io server disconnect'))
    await expectHealthy(server)
  })

  const floods: { kind: string; send: (socket: RawSocket) => void }[] = [
    { kind: 'presence (awareness) messages', send: (socket) => socket.emit('awareness', PRESENCE) },
    { kind: 'sync step 1 messages', send: (socket) => socket.emit('sync', 'board', STEP1) },
    {
      kind: 'events the server does not know',
      send: (socket) => socket.emit('nonsense' as 'sync', 'board', STEP1),
    },
  ]
  const PRESENCE = presenceMessage()
  const STEP1 = encodeSyncStep1(new Y.Doc())

  for (const { kind, send } of floods)
    it(`[AC30] a socket sending ${kind} flat out is disconnected, although its bucket lets a few through`, async () => {
      // The bucket refills fast enough that a flood always finds a token now and then: drops are
      // never many in a row, but they are many within the window.
      const server = await startServerWithLimits({
        socketMessages: { burst: 20, perSecond: 1_000 },
        socketFloodDisconnectAfter: 200,
      })
      const { id, tokens } = await createTestBoard(server)
      const witness = await connectClient(server.url, id, { token: tokens.view })
      const { socket, errors } = await connectRawSocket(server.url, { boardId: id, token: tokens.edit })
      const reason = await floodUntilDisconnected(socket, () => send(socket), 5_000)
      expect(reason).toBe('io server disconnect')
      expect(errors.at(-1)).toMatchObject({
        code: ErrorCode.RateLimited,
        message: expect.stringMatching(/closed/),
      })
      expect(witness.provider.status).toBe('synced')
      await expectHealthy(server)
    })

  it('[AC14] a connection flood from one address is refused with a RATE_LIMITED connect error', async () => {
    const server = await startServerWithLimits({ connections: { burst: 5, perSecond: 0.01 } })
    const { id, tokens } = await createTestBoard(server)
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, () => connectRawSocket(server.url, { boardId: id, token: tokens.view })),
    )
    const refused = attempts.filter((attempt) => attempt.status === 'rejected')
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(5)
    for (const attempt of refused) {
      expect((attempt as PromiseRejectedResult).reason).toMatchObject({
        data: { code: ErrorCode.RateLimited },
      })
    }
    await expectHealthy(server)
  })

  it('[AC15] creating more boards than allowed per address per hour answers 429 RATE_LIMITED', async () => {
    const server = await startServerWithLimits({ boardsPerIpPerHour: 2 })
    expect((await createBoardOverHttp(server)).status).toBe(201)
    expect((await createBoardOverHttp(server)).status).toBe(201)
    const refused = await createBoardOverHttp(server)
    expect(refused.status).toBe(429)
    expect(await refused.json()).toMatchObject({ error: { code: ErrorCode.RateLimited } })
    // X-Forwarded-For is not trusted without a configured proxy: a forged one does not help.
    const forged = await createBoardOverHttp(server, { 'x-forwarded-for': '203.0.113.9' })
    expect(forged.status).toBe(429)
    await expectHealthy(server)
  })

  it('[AC16] behind a configured proxy, X-Forwarded-For is the address that limits count', async () => {
    const server = await startServerWithLimits({ boardsPerIpPerHour: 1, trustProxyHops: 1 })
    const from = (address: string) => createBoardOverHttp(server, { 'x-forwarded-for': address })
    expect((await from('198.51.100.1')).status).toBe(201)
    expect((await from('198.51.100.1')).status).toBe(429)
    expect((await from('198.51.100.2')).status).toBe(201)
  })

  it('[AC16] behind a configured proxy, X-Forwarded-For is the address that socket connections count by', async () => {
    const server = await startServerWithLimits({
      connections: { burst: 1, perSecond: 0.01 },
      trustProxyHops: 1,
    })
    const { id, tokens } = await createTestBoard(server)
    const from = (address: string) =>
      connectRawSocket(server.url, { boardId: id, token: tokens.view }, { 'x-forwarded-for': address })
    await from('198.51.100.1')
    await expect(from('198.51.100.1')).rejects.toMatchObject({ data: { code: ErrorCode.RateLimited } })
    await from('198.51.100.2')
  })

  it('[AC17] an update that would pass the card limit or the document size cap gets LIMIT_REACHED', async () => {
    const server = await startServerWithLimits({ maxCardsPerBoard: 3, maxDocumentBytes: 4 * 1024 })
    const { id, tokens } = await createTestBoard(server)
    const reference = await connectClient(server.url, id, { token: tokens.view })
    const { socket, errors } = await connectRawSocket(server.url, { boardId: id, token: tokens.edit })
    socket.emit(
      'sync',
      'board',
      updateMessageFrom(reference.doc, (doc) => {
        for (let i = 0; i < 4; i++) createCard(doc, { stance: 'bull', x: i, y: 0, text: `${i}`, ...author })
      }),
    )
    await waitForErrorCode(errors, ErrorCode.LimitReached)
    socket.emit(
      'sync',
      'board',
      updateMessageFrom(reference.doc, (doc) =>
        createCard(doc, { stance: 'bear', x: 0, y: 0, text: 'x'.repeat(4_900), ...author }),
      ),
    )
    await vi.waitFor(() => expect(errors.filter((e) => e.code === ErrorCode.LimitReached)).toHaveLength(2))
    const cards = await server.registry.withRoom(id, (room) => room.document('board').getMap('cards').size)
    expect(cards).toBe(0)
  })
})
