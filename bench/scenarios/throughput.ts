/**
 * Update throughput: one writer types EDITS characters (one update each) into a card as fast as it
 * can; the clock stops when a second client has them all. The peers run side by side and take turns
 * round by round, so that a change in machine load hits all of them alike; the median round counts.
 */
import type { BenchClient } from '../clients.ts'
import { elapsedMs, median, textLength, typeInto, whenTextLength, withTimeout } from '../measure.ts'
import { PeerKind, startPeer, withContestants, type BenchBoard, type RunningPeer } from '../peers.ts'
import { formatRatio, type Row } from '../table.ts'

const EDITS = 2_000
const WARM_UP_EDITS = 200
const ROUNDS = 5
const ROUND_TIMEOUT_MS = 30_000
const PEERS = [PeerKind.Sqlite, PeerKind.Memory, PeerKind.Relay] as const

interface Contestant {
  peer: RunningPeer
  board: BenchBoard
  writer: BenchClient
  reader: BenchClient
  rates: number[]
}

async function setUp(kind: PeerKind): Promise<Contestant> {
  const peer = await startPeer(kind)
  // One card per round (and one for the warm-up) keeps each card's text at a realistic length.
  const board = await peer.openBoard(ROUNDS + 1)
  const writer = await peer.connect(board)
  const reader = await peer.connect(board)
  return { peer, board, writer, reader, rates: [] }
}

async function tearDown({ peer, writer, reader }: Contestant) {
  writer.destroy()
  reader.destroy()
  await peer.close()
}

/** Milliseconds until the reader has all `edits` updates of round `card`. */
async function runRound({ writer, reader, board }: Contestant, card: number, edits: number) {
  const cardId = board.cardIds[card]
  if (!cardId) throw new Error(`board has no card ${card}`)
  const arrived = whenTextLength(reader.doc, cardId, textLength(reader.doc, cardId) + edits)
  const start = performance.now()
  typeInto(writer.doc, cardId, edits)
  await withTimeout(arrived, ROUND_TIMEOUT_MS, `${edits} updates`)
  return elapsedMs(start)
}

async function measure(contestants: readonly Contestant[]) {
  for (const contestant of contestants) await runRound(contestant, 0, WARM_UP_EDITS)
  for (let round = 1; round <= ROUNDS; round++) {
    for (const contestant of contestants) {
      const ms = await runRound(contestant, round, EDITS)
      contestant.rates.push(EDITS / (ms / 1_000))
    }
  }
}

export async function runThroughput(): Promise<{ rows: Row[]; notes: string[] }> {
  const contestants = await withContestants(PEERS, setUp, measure, tearDown)
  const [sqlite, memory, relay] = contestants.map(({ rates }) => median(rates))
  const rows = contestants.map(({ peer, rates }) => ({
    scenario: 'update throughput',
    peer: peer.kind,
    figure: median(rates),
    unit: 'updates/s',
    ratio: `${formatRatio(median(rates), relay ?? Number.NaN)} vs bare relay`,
  }))
  const ratio = (a: number | undefined, b: number | undefined) =>
    formatRatio(a ?? Number.NaN, b ?? Number.NaN)
  return {
    rows,
    notes: [
      `SQLite vs in-memory: ${ratio(sqlite, memory)} (what the durable append costs)`,
      `SQLite vs bare relay: ${ratio(sqlite, relay)}; in-memory vs bare relay: ${ratio(memory, relay)} (checks + Yjs apply)`,
      `${EDITS} one-character updates per round, median of ${ROUNDS} rounds taken in turns after ${WARM_UP_EDITS} warm-up updates`,
    ],
  }
}
