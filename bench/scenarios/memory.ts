/**
 * Memory per loaded room: ROOMS boards from the AI-boom template, each loaded by one client that
 * then leaves (its own copy of the board would count too); the rooms stay loaded while measured.
 */
import * as Y from 'yjs'
import { createBoard, destroyBoardDocuments } from '../../server/boards/createBoard.ts'
import type { RunningServer } from '../../server/startServer.ts'
import { connectBoardClient } from '../clients.ts'
import { settledMemory } from '../measure.ts'
import { PeerKind, startBenchServer, whenAllSocketsGone, type BenchBoard } from '../peers.ts'
import { formatRatio, type Row } from '../table.ts'

const ROOMS = 100
const KiB = 1024

async function createBoards(server: RunningServer): Promise<{ boards: BenchBoard[]; stateBytes: number }> {
  const boards: BenchBoard[] = []
  let stateBytes = 0
  for (let index = 0; index < ROOMS; index++) {
    const created = await createBoard(server.store, { title: `Bench board ${index}`, template: 'ai-boom' })
    const initialState = Y.encodeStateAsUpdate(created.documents.board)
    stateBytes = initialState.length
    destroyBoardDocuments(created.documents)
    boards.push({ id: created.id, cardIds: [], initialState, token: created.tokens.edit })
  }
  return { boards, stateBytes }
}

export async function runMemory(): Promise<{ rows: Row[]; notes: string[] }> {
  // Rooms must not unload (and flush) while we measure them.
  const { server, close } = await startBenchServer(PeerKind.Sqlite, { roomIdleMs: 10 * 60_000 })
  try {
    const { boards, stateBytes } = await createBoards(server)
    const before = await settledMemory()
    for (const board of boards) (await connectBoardClient(server.url, board)).destroy()
    if (!(await whenAllSocketsGone(server))) throw new Error('clients did not disconnect')
    const after = await settledMemory()
    if (server.registry.loadedCount < ROOMS) throw new Error('some rooms unloaded before they were measured')
    const heap = (after.heapUsed - before.heapUsed) / ROOMS
    const rss = (after.rss - before.rss) / ROOMS
    const row = (peer: string, bytes: number, ratio: string): Row => ({
      scenario: 'memory per room',
      peer,
      figure: bytes / KiB,
      unit: 'KiB/room',
      ratio,
    })
    return {
      rows: [
        row('heapUsed delta', heap, `${formatRatio(heap, stateBytes)} of encoded state`),
        row('rss delta', rss, `${formatRatio(rss, stateBytes)} of encoded state`),
        row('encoded state (reference)', stateBytes, '1.00x'),
      ],
      notes: [
        `${ROOMS} AI-boom boards loaded on our server (SQLite), each by one client that then left`,
        globalThis.gc
          ? 'measured after forced garbage collection'
          : 'NOTE: gc not exposed: figures include garbage',
        'rss moves in whole pages and keeps freed memory, so it is coarser than heapUsed',
      ],
    }
  } finally {
    await close()
  }
}
