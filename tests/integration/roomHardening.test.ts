import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import { Server } from 'socket.io'
import { describe, expect, it, vi } from 'vitest'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { createCard, getCardText } from '../../shared/board/index.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import {
  SOCKET_PATH,
  SyncMessageType,
  decodeSyncMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  toBytes,
} from '../../shared/protocol.ts'
import { ProviderStatus } from '../../shared/sync/BoardProvider.ts'
import { socketParser } from '../../shared/sync/socketParser.ts'
import { configWith } from '../../server/config.ts'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { createLogger } from '../../server/log.ts'
import { readAwarenessClientIds } from '../../server/rooms/awarenessOwnership.ts'
import { startServer } from '../../server/startServer.ts'
import type { BoardStore, NewBoard, NewReplaySnapshot } from '../../server/storage/BoardStore.ts'
import { SqliteBoardStore } from '../../server/storage/SqliteBoardStore.ts'
import type { Role } from '../../shared/access.ts'
import { registerCleanup } from '../helpers/cleanup.ts'
import { connectClient, connectRawSocket, createClient, waitForConvergence } from '../helpers/clients.ts'
import { createTestBoard, makeDataDir, startTestServer } from '../helpers/testServer.ts'

const author = { authorId: 'tester', authorName: 'Tester' }

/** A SQLite store whose next appends or compactions fail, as a full or broken disk would make them. */
class FaultyStore implements BoardStore {
  /** How many of the next calls of each kind fail. */
  readonly failing = { appends: 0, compactions: 0 }

  constructor(readonly inner: SqliteBoardStore) {}

  appendUpdate(id: string, doc: string, update: Uint8Array): Promise<number> {
    if (this.takeFault('appends')) return Promise.reject(new Error('append failed (injected)'))
    return this.inner.appendUpdate(id, doc, update)
  }

  compact(id: string, doc: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    if (this.takeFault('compactions')) return Promise.reject(new Error('compaction failed (injected)'))
    return this.inner.compact(id, doc, snapshot, upToSeq)
  }

  private takeFault(kind: keyof FaultyStore['failing']) {
    if (this.failing[kind] === 0) return false
    this.failing[kind]--
    return true
  }

  createBoard = (board: NewBoard) => this.inner.createBoard(board)
  hasBoard = (id: string) => this.inner.hasBoard(id)
  loadBoard = (id: string) => this.inner.loadBoard(id)
  claimClientIds = (id: string, owner: string, ids: readonly number[]) =>
    this.inner.claimClientIds(id, owner, ids)
  findRole = (id: string, tokenHash: string) => this.inner.findRole(id, tokenHash)
  replaceToken = (id: string, role: Role, hash: string, epoch: number) =>
    this.inner.replaceToken(id, role, hash, epoch)
  readTokenEpochs = (id: string) => this.inner.readTokenEpochs(id)
  countBoardsCreatedSince = (by: string, since: number) => this.inner.countBoardsCreatedSince(by, since)
  appendReplaySnapshot = (id: string, snapshot: NewReplaySnapshot) =>
    this.inner.appendReplaySnapshot(id, snapshot)
  listReplaySnapshots = (id: string) => this.inner.listReplaySnapshots(id)
  readReplaySnapshot = (id: string, seq: number) => this.inner.readReplaySnapshot(id, seq)
  deleteReplaySnapshots = (id: string, seqs: readonly number[]) => this.inner.deleteReplaySnapshots(id, seqs)
  close = () => this.inner.close()
}

/** A real server on a FaultyStore, with its log lines collected. */
async function startFaultyServer(overrides: Parameters<typeof configWith>[0] = {}) {
  const config = configWith({ host: '127.0.0.1', port: 0, dataDir: makeDataDir(), ...overrides })
  const store = new FaultyStore(SqliteBoardStore.inDataDir(config.dataDir))
  const log: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log.push(chunk.toString())
      done()
    },
  })
  const server = await startServer(config, { store, logger: createLogger('info', sink) })
  // A shutdown whose final snapshot failed leaves the store open.
  registerCleanup(() => server.close().catch(() => store.inner.close()))
  return { server: { ...server, config }, store, log }
}

/** The board document as storage alone holds it: what a `kill -9` now would leave. */
async function loadStoredDoc(store: BoardStore, boardId: string): Promise<Y.Doc> {
  const state = (await store.loadBoard(boardId))?.documents.get('board')
  const doc = new Y.Doc()
  if (state?.snapshot) Y.applyUpdate(doc, state.snapshot)
  for (const { update } of state?.updates ?? []) Y.applyUpdate(doc, update)
  return doc
}

/** The updates waiting in the log of a board's `board` document. */
async function loggedUpdates(store: BoardStore, boardId: string) {
  return (await store.loadBoard(boardId))?.documents.get('board')?.updates
}

/** An awareness update for `clientIds` (clock 1), each state's JSON `stateBytes` long. */
function awarenessUpdate(clientIds: number[], stateBytes = 20): Uint8Array {
  const state = JSON.stringify({ pad: 'x'.repeat(stateBytes - '{"pad":""}'.length) })
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, clientIds.length)
  for (const id of clientIds) {
    encoding.writeVarUint(encoder, id)
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarString(encoder, state)
  }
  return encoding.toUint8Array(encoder)
}

describe('room hardening', () => {
  it('[SY20] an update whose append fails is stored in a full snapshot instead and broadcast; it and the edits built on it survive a restart', async () => {
    const { server, store } = await startFaultyServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const a = await connectClient(server.url, boardId, { token: tokens.edit })
    const b = await connectClient(server.url, boardId, { token: tokens.edit })
    const errors: BoardError[] = []
    a.provider.on('board-error', (error) => errors.push(error))

    store.failing.appends = 1
    const id = createCard(a.doc, { stance: 'bull', x: 0, y: 0, text: 'first', ...author })
    await vi.waitFor(() => expect(getCardText(b.doc, id)?.toString()).toBe('first'))
    // This edit's item has its origin in the update whose append failed.
    getCardText(a.doc, id)!.insert(5, ', then more')
    await vi.waitFor(() => expect(getCardText(b.doc, id)?.toString()).toBe('first, then more'))
    expect(store.failing.appends).toBe(0)
    expect(errors).toEqual([])

    const stored = await loadStoredDoc(store.inner, boardId)
    expect(getCardText(stored, id)?.toString()).toBe('first, then more')
    await server.close()
    const restarted = await startTestServer({ dataDir: server.config.dataDir })
    const c = await connectClient(restarted.url, boardId, { token: tokens.edit })
    expect(getCardText(c.doc, id)?.toString()).toBe('first, then more')
  })

  it('[SY21] when the snapshot fails too, the room fails: its clients get BOARD_UNAVAILABLE and are disconnected, it is unloaded, and they come back by themselves and store the edit', async () => {
    const { server, store } = await startFaultyServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const retry = { initialMs: 200, maxMs: 400 }
    const a = await connectClient(server.url, boardId, { token: tokens.edit, retry })
    const b = await connectClient(server.url, boardId, { token: tokens.edit, retry })
    const elsewhere = await connectClient(server.url, DEMO_BOARD_ID)
    const seen: { status: ProviderStatus; code?: string; retryAt?: number }[] = []
    a.provider.on('status', ({ status, error, retryAt }) => seen.push({ status, code: error?.code, retryAt }))

    Object.assign(store.failing, { appends: 1, compactions: 1 })
    const unloaded = once(server.registry, 'unloaded')
    const id = createCard(a.doc, { stance: 'bear', x: 0, y: 0, text: 'kept on the page', ...author })
    expect(await unloaded).toEqual([boardId])
    expect(elsewhere.provider.status).toBe(ProviderStatus.Synced)

    // Nobody clicks Retry: the providers wait, say when they will try again, and the room loads
    // again from storage when they do; a's step 2 offers the edit.
    await vi.waitFor(() => expect(getCardText(b.doc, id)?.toString()).toBe('kept on the page'))
    const waiting = seen.find((event) => event.retryAt !== undefined)
    expect(waiting).toMatchObject({ status: ProviderStatus.Connecting, code: ErrorCode.BoardUnavailable })
    const stored = await loadStoredDoc(store.inner, boardId)
    expect(getCardText(stored, id)?.toString()).toBe('kept on the page')
  })

  it('[SY22] a socket gets one answer to sync step 1; more within 10 s get no answer but RATE_LIMITED, and an honest provider is unaffected', async () => {
    const server = await startTestServer()
    const honest = await connectClient(server.url, DEMO_BOARD_ID)
    const { socket, errors } = await connectRawSocket(server.url, { boardId: DEMO_BOARD_ID })
    let answers = 0
    socket.on('sync', (_doc, payload) => {
      if (decodeSyncMessage(toBytes(payload)!).type === SyncMessageType.Step2) answers++
    })

    const step1 = encodeSyncStep1(new Y.Doc())
    for (let i = 0; i < 50; i++) socket.emit('sync', 'board', step1)
    // Refused in its turn after the fifty, so its error says they have all been handled.
    socket.emit('sync', 'board', Uint8Array.of(0xff))
    await vi.waitFor(() => expect(errors.at(-1)?.code).toBe(ErrorCode.MalformedMessage))
    expect(answers).toBe(1)
    // One notice, as for any message dropped for rate (AC13), not one per step 1.
    expect(errors.map((error) => error.code)).toEqual([ErrorCode.RateLimited, ErrorCode.MalformedMessage])

    const late = await connectClient(server.url, DEMO_BOARD_ID)
    createCard(honest.doc, { stance: 'bull', x: 0, y: 0, text: 'still syncing', ...author })
    await waitForConvergence([honest.doc, late.doc])
    expect(honest.provider.status).toBe(ProviderStatus.Synced)
  })

  it('[SY23] a socket shows at most four presences of at most 8 KiB each; more is refused with PRESENCE_REFUSED and not relayed, nor is an update for nobody', async () => {
    const server = await startTestServer()
    const observer = await connectRawSocket(server.url, { boardId: DEMO_BOARD_ID })
    const relayed: number[][] = []
    observer.socket.on('awareness', (payload) => relayed.push(readAwarenessClientIds(toBytes(payload)!)))
    const { socket, errors } = await connectRawSocket(server.url, { boardId: DEMO_BOARD_ID })

    socket.emit('awareness', awarenessUpdate([]))
    socket.emit('awareness', awarenessUpdate([1, 2, 3]))
    socket.emit('awareness', awarenessUpdate([4, 5]))
    socket.emit('awareness', awarenessUpdate([4], 8 * 1024 + 1))
    socket.emit('awareness', awarenessUpdate([4], 8 * 1024))
    await vi.waitFor(() => expect(relayed).toEqual([[1, 2, 3], [4]]))
    expect(errors.map((error) => error.code)).toEqual([ErrorCode.PresenceRefused, ErrorCode.PresenceRefused])

    const joiner = await connectClient(server.url, DEMO_BOARD_ID)
    await vi.waitFor(() =>
      expect([...joiner.provider.awareness.getStates().keys()].filter((id) => id <= 5).sort()).toEqual([
        1, 2, 3, 4,
      ]),
    )
  })

  it('[SY24] a socket leaving a destroyed room is announced to nobody', async () => {
    const server = await startTestServer()
    const observer = await connectRawSocket(server.url, { boardId: DEMO_BOARD_ID })
    const relayed: number[][] = []
    observer.socket.on('awareness', (payload) => relayed.push(readAwarenessClientIds(toBytes(payload)!)))
    const leaver = await connectRawSocket(server.url, { boardId: DEMO_BOARD_ID })
    const marker = await connectRawSocket(server.url, { boardId: DEMO_BOARD_ID })
    leaver.socket.emit('awareness', awarenessUpdate([7]))
    await vi.waitFor(() => expect(relayed).toEqual([[7]]))

    const room = await server.registry.withRoom(DEMO_BOARD_ID, (held) => held)
    room.destroy()
    const leaverId = leaver.socket.id!
    leaver.socket.disconnect()
    await vi.waitFor(() => expect(server.io.of('/').sockets.has(leaverId)).toBe(false))
    // Anything the leave sent would reach the observer before this later message does.
    marker.socket.emit('awareness', awarenessUpdate([9]))
    await vi.waitFor(() => expect(relayed).toEqual([[7], [9]]))
  })

  it('[SY25] a failed final snapshot is reported: an idle unload logs it, and shutdown rejects', async () => {
    const { server, store, log } = await startFaultyServer({ roomIdleMs: 50 })
    const { id: boardId, tokens } = await createTestBoard(server)
    const first = await connectClient(server.url, boardId, { token: tokens.edit })
    createCard(first.doc, { stance: 'bull', x: 0, y: 0, text: 'in the log only', ...author })
    await vi.waitFor(async () => expect(await loggedUpdates(store.inner, boardId)).toHaveLength(1))

    store.failing.compactions = 1
    const unloaded = once(server.registry, 'unloaded')
    first.provider.destroy()
    await unloaded
    await vi.waitFor(() => expect(log.join('')).toContain('room could not be flushed before unloading'))

    const second = await connectClient(server.url, boardId, { token: tokens.edit })
    createCard(second.doc, { stance: 'bear', x: 0, y: 0, text: 'also in the log', ...author })
    await vi.waitFor(async () => expect(await loggedUpdates(store.inner, boardId)).toHaveLength(2))
    store.failing.compactions = 1
    await expect(server.close()).rejects.toThrow(/could not be flushed/)
  })

  it('[SY26] the provider survives a malformed message from the server: no exception, a local MALFORMED_MESSAGE, and a new handshake', async () => {
    const httpServer = http.createServer()
    const io = new Server(httpServer, { path: SOCKET_PATH, parser: socketParser })
    registerCleanup(() => new Promise((resolve) => io.close(resolve)))
    let connections = 0
    io.on('connection', (socket) => {
      connections++
      socket.on('sync', () => undefined)
      socket.emit('documents', [{ name: 'board', write: true }])
      if (connections === 1) {
        socket.emit('board-error', { code: 'NOT_A_CODE', message: 42 })
        socket.emit('awareness', Uint8Array.of(1, 2, 3))
        socket.emit('sync', 'board', Uint8Array.of(0xff, 0xff, 0xff))
      } else {
        socket.emit('sync', 'board', encodeSyncStep2(new Y.Doc()))
      }
    })
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
    const { port } = httpServer.address() as AddressInfo

    const client = createClient(`http://127.0.0.1:${port}`, 'any-board')
    const errors: BoardError[] = []
    client.provider.on('board-error', (error) => errors.push(error))
    await client.provider.whenSynced()
    expect(connections).toBe(2)
    expect(errors.map((error) => error.code)).toEqual([ErrorCode.MalformedMessage])
  })
})
