/**
 * Fan-out latency: CLIENTS clients on one board; one of them makes edits, each sent only after the
 * previous one reached every other client. Latency is from the edit to its last receiver. The peers
 * run side by side and take turns in chunks of edits, so that machine load hits them alike.
 */
import type { BenchClient } from '../clients.ts'
import { elapsedMs, percentile, textLength, typeInto, whenTextLength, withTimeout } from '../measure.ts'
import { PeerKind, startPeer, withContestants, type RunningPeer } from '../peers.ts'
import { formatRatio, type Row } from '../table.ts'

const CLIENTS = 100
const EDITS = 200
const CHUNKS = 4
const WARM_UP_EDITS = 20
/** Clients that connect at once: all together would only measure a storm of handshakes. */
const CONNECT_BATCH = 20
const EDIT_TIMEOUT_MS = 10_000
const PEERS = [PeerKind.Sqlite, PeerKind.Memory, PeerKind.Relay] as const

const STATISTICS = [
  { name: 'p50', fraction: 0.5 },
  { name: 'p95', fraction: 0.95 },
  { name: 'max', fraction: 1 },
] as const

interface Contestant {
  peer: RunningPeer
  cardId: string
  clients: BenchClient[]
  latencies: number[]
}

async function setUp(kind: PeerKind): Promise<Contestant> {
  const peer = await startPeer(kind)
  const board = await peer.openBoard(1)
  const contestant = { peer, cardId: board.cardIds[0] ?? '', clients: [] as BenchClient[], latencies: [] }
  while (contestant.clients.length < CLIENTS) {
    const batch = Math.min(CONNECT_BATCH, CLIENTS - contestant.clients.length)
    contestant.clients.push(...(await Promise.all(Array.from({ length: batch }, () => peer.connect(board)))))
  }
  return contestant
}

async function tearDown({ peer, clients }: Contestant) {
  for (const client of clients) client.destroy()
  await peer.close()
}

/** Milliseconds from each edit to its arrival at the last receiver. */
async function measureLatencies({ clients, cardId }: Contestant, edits: number): Promise<number[]> {
  const [writer, ...receivers] = clients
  if (!writer) throw new Error('no clients')
  const latencies: number[] = []
  for (let edit = 0; edit < edits; edit++) {
    const target = textLength(writer.doc, cardId) + 1
    const arrived = Promise.all(receivers.map((client) => whenTextLength(client.doc, cardId, target)))
    const start = performance.now()
    typeInto(writer.doc, cardId, 1)
    await withTimeout(arrived, EDIT_TIMEOUT_MS, 'an edit reaching every client')
    latencies.push(elapsedMs(start))
  }
  return latencies
}

async function measure(contestants: readonly Contestant[]) {
  for (const contestant of contestants) await measureLatencies(contestant, WARM_UP_EDITS)
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    for (const contestant of contestants)
      contestant.latencies.push(...(await measureLatencies(contestant, EDITS / CHUNKS)))
  }
}

function toRows(contestants: readonly Contestant[]): Row[] {
  const relay = contestants.find(({ peer }) => peer.kind === PeerKind.Relay)?.latencies ?? []
  return contestants.flatMap(({ peer, latencies }) =>
    STATISTICS.map(({ name, fraction }) => {
      const figure = percentile(latencies, fraction)
      const ratio = `${formatRatio(figure, percentile(relay, fraction))} vs bare relay`
      return { scenario: `fan-out ${name}`, peer: peer.kind, figure, unit: 'ms', ratio }
    }),
  )
}

export async function runFanOut(): Promise<{ rows: Row[]; notes: string[] }> {
  const contestants = await withContestants(PEERS, setUp, measure, tearDown)
  return {
    rows: toRows(contestants),
    notes: [
      `${CLIENTS} clients per board (1 writer, ${CLIENTS - 1} receivers), ${EDITS} edits per peer after ${WARM_UP_EDITS} warm-up`,
      'every client runs in this process: each latency includes 99 clients decoding and applying the update,',
      "which outweighs the server's own share: ratios within about 1.3x of each other are noise here",
    ],
  }
}
