/**
 * The servers a scenario compares, each started fresh on 127.0.0.1 and port 0: ours with SQLite
 * (the default), ours with the in-memory store, and a bare socket.io relay (the floor).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { createCard, initBoard } from '../shared/board/index.ts'
import { createBoard, destroyBoardDocuments } from '../server/boards/createBoard.ts'
import { configWith } from '../server/config.ts'
import { createLogger } from '../server/log.ts'
import { startServer, type RunningServer } from '../server/startServer.ts'
import { MemoryBoardStore } from '../server/storage/MemoryBoardStore.ts'
import { connectBoardClient, connectRelayClient, type BenchClient } from './clients.ts'
import { startRelayServer } from './relayServer.ts'

export const PeerKind = { Sqlite: 'sqlite', Memory: 'in-memory', Relay: 'bare relay' } as const
export type PeerKind = (typeof PeerKind)[keyof typeof PeerKind]

/** A board ready for a scenario: its id, its cards (one per round) and its first state. */
export interface BenchBoard {
  id: string
  cardIds: string[]
  initialState: Uint8Array
  /** An edit link's token (our server); the relay checks nothing. */
  token?: string
}

export interface RunningPeer {
  kind: PeerKind
  /** Our server, or undefined for the relay. */
  server: RunningServer | undefined
  openBoard(cardCount: number): Promise<BenchBoard>
  connect(board: BenchBoard): Promise<BenchClient>
  close(): Promise<void>
}

// The limits guard against abusive clients; a benchmark that hit them would measure the limiter.
const UNLIMITED = { burst: 1e9, perSecond: 1e9 }

/** Our server with a temporary DATA_DIR and a silent logger; the folder is removed on close. */
export async function startBenchServer(kind: PeerKind, overrides: { roomIdleMs?: number } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debate-board-bench-'))
  const config = configWith({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    ...overrides,
    limits: { socketMessages: UNLIMITED, socketBytes: UNLIMITED, connections: UNLIMITED },
  })
  const store = kind === PeerKind.Memory ? new MemoryBoardStore() : undefined
  const server = await startServer(config, { logger: createLogger('silent'), store })
  const close = async () => {
    await whenAllSocketsGone(server)
    await server.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  return { server, close }
}

/**
 * Waits (polling, bounded) until the server has seen every client leave. NOTE: a socket that the
 * server sees leave only after close() began releases its room after closeAll() has passed it by,
 * which starts a 30 s idle timer that keeps the process alive; so clients leave first.
 */
export async function whenAllSocketsGone(server: RunningServer, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (server.io.of('/').sockets.size > 0) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return true
}

/** Starts one peer of the comparison. */
export async function startPeer(kind: PeerKind): Promise<RunningPeer> {
  if (kind === PeerKind.Relay) {
    const relay = await startRelayServer()
    return {
      kind,
      server: undefined,
      openBoard: async (cardCount) => buildLocalBoard(cardCount),
      connect: (board) => connectRelayClient(relay.url, board),
      close: relay.close,
    }
  }
  const { server, close } = await startBenchServer(kind)
  return {
    kind,
    server,
    openBoard: async (cardCount) => {
      let cardIds: string[] = []
      const created = await createBoard(
        server.store,
        { title: 'Bench board', template: 'blank' },
        { prepare: (docs) => (cardIds = addCards(docs.board, cardCount)) },
      )
      const initialState = Y.encodeStateAsUpdate(created.documents.board)
      destroyBoardDocuments(created.documents)
      return { id: created.id, cardIds, initialState, token: created.tokens.edit }
    },
    connect: (board) => connectBoardClient(server.url, board),
    close,
  }
}

/** The relay stores nothing: its clients all start from the same locally built state. */
function buildLocalBoard(cardCount: number): BenchBoard {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Bench board' })
  const cardIds = addCards(doc, cardCount)
  const initialState = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return { id: `relay-${Math.random().toString(36).slice(2)}`, cardIds, initialState }
}

function addCards(doc: Y.Doc, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    createCard(doc, { stance: 'bull', x: index * 260, y: 0, authorId: 'bench', authorName: 'Bench' }),
  )
}

/**
 * Sets up one contestant per peer kind, measures them together, and always tears them all down;
 * returns the contestants, which hold their figures.
 */
export async function withContestants<C>(
  kinds: readonly PeerKind[],
  setUp: (kind: PeerKind) => Promise<C>,
  measure: (contestants: readonly C[]) => Promise<void>,
  tearDown: (contestant: C) => Promise<void>,
): Promise<C[]> {
  const contestants: C[] = []
  try {
    for (const kind of kinds) contestants.push(await setUp(kind))
    await measure(contestants)
    return contestants
  } finally {
    for (const contestant of contestants) await tearDown(contestant)
  }
}
