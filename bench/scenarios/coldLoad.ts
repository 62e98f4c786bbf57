/**
 * Cold load: a client joins a 5,000-card board that the server holds only in storage, and the
 * clock stops when the client has every card. Boards are seeded first, then left, so that each
 * server has unloaded them (ours: ROOM_IDLE_MS=0, checked on /healthz; peers: on last leave).
 */
import { distributionOf, sum, type Distribution } from '../report/statistics.ts'
import { formatMegabytes, formatNumber } from '../report/table.ts'
import type { BenchRoom } from '../servers/clientAdapter.ts'
import { ServerKind } from '../servers/serverKind.ts'
import {
  labelsOf,
  ratioToBestPeer,
  withServers,
  type Scenario,
  type ScenarioContext,
  type StartedServer,
} from './scenario.ts'

const UNLOAD_TIMEOUT_MS = 30_000
const UNLOAD_POLL_MS = 50

interface Sample {
  ms: number
  serverCpuSeconds: number
}

interface Summary {
  kind: string
  label: string
  loads: number
  time: Distribution
  cpuMsPerLoad: number
  rssBytes: number
}

/** Seeds one board per sample (plus a warm-up board) on every server. */
async function seedBoards(
  context: ScenarioContext,
  servers: readonly StartedServer[],
): Promise<BenchRoom[][]> {
  const { cards, samples } = context.options.coldLoad
  const boards: BenchRoom[][] = []
  for (const { server } of servers) {
    const rooms: BenchRoom[] = []
    for (let board = 0; board <= samples; board++) {
      rooms.push(await context.worker.call('seedBoard', { kind: server.kind, url: server.url, cards }))
    }
    boards.push(rooms)
  }
  return boards
}

/** Our server says on /healthz how many rooms it holds in memory: waits for none. */
async function whenRoomsUnloaded(serverUrl: string): Promise<void> {
  const deadline = performance.now() + UNLOAD_TIMEOUT_MS
  for (;;) {
    const health = (await (await fetch(`${serverUrl}/healthz`)).json()) as { rooms?: number }
    if (health.rooms === 0) return
    if (performance.now() > deadline) throw new Error(`rooms still loaded after ${UNLOAD_TIMEOUT_MS} ms`)
    await new Promise((resolve) => setTimeout(resolve, UNLOAD_POLL_MS))
  }
}

async function timeLoad(
  context: ScenarioContext,
  { server }: StartedServer,
  room: BenchRoom,
): Promise<Sample> {
  const cpuBefore = server.cpuSeconds()
  const ms = await context.worker.call(
    'coldJoin',
    server.kind,
    server.url,
    room,
    context.options.coldLoad.cards,
  )
  const serverCpuSeconds = server.cpuSeconds() - cpuBefore
  // Leaving (and the unload it starts) happens outside the measured span.
  await context.worker.call('disconnectAll')
  return { ms, serverCpuSeconds }
}

function summarize({ server }: StartedServer, samples: readonly Sample[], rssBytes: number): Summary {
  return {
    kind: server.kind,
    label: server.label,
    loads: samples.length,
    time: distributionOf(samples.map((sample) => sample.ms)),
    cpuMsPerLoad: (sum(samples.map((sample) => sample.serverCpuSeconds)) / samples.length) * 1_000,
    rssBytes,
  }
}

export const coldLoadScenario: Scenario = {
  id: 'cold-load',
  title: (options) =>
    `Cold load: joining a ${options.coldLoad.cards.toLocaleString('en-US')}-card board from storage`,
  run: (context) =>
    withServers(context, { roomIdleMs: 0, persistDocuments: true }, async (servers) => {
      const boards = await seedBoards(context, servers)
      for (const { server } of servers) {
        if (server.kind === ServerKind.DebateBoard) await whenRoomsUnloaded(server.url)
      }
      const samples = servers.map(() => [] as Sample[])
      const rss = servers.map(() => 0)
      // Board 0 is the warm-up; then the servers take turns, one board each.
      for (let board = 0; board <= context.options.coldLoad.samples; board++) {
        for (const [index, started] of servers.entries()) {
          const room = boards[index]?.[board]
          if (!room) continue
          const sample = await timeLoad(context, started, room)
          if (board > 0) samples[index]?.push(sample)
          rss[index] = Math.max(rss[index] ?? 0, started.server.rssBytes())
        }
      }
      const summaries = servers.map((server, index) =>
        summarize(server, samples[index] ?? [], rss[index] ?? 0),
      )
      return {
        id: coldLoadScenario.id,
        title: coldLoadScenario.title(context.options),
        headings: [
          'server',
          'loads',
          'p50 ms',
          'max ms',
          'CPU ms/load',
          'RSS MB',
          'p50 vs best peer',
          'CPU vs best peer',
        ],
        rows: summaries.map((summary) => [
          summary.label,
          String(summary.loads),
          formatNumber(summary.time.p50),
          formatNumber(summary.time.max),
          formatNumber(summary.cpuMsPerLoad),
          formatMegabytes(summary.rssBytes),
          ratioToBestPeer(summaries, summary, (s) => s.time.p50),
          ratioToBestPeer(summaries, summary, (s) => s.cpuMsPerLoad),
        ]),
        notes: [
          'join to "holds every card"; a board of its own per load, so that none is in memory; one warm-up load first',
          'ours reads SQLite (snapshot + log); the peers read one file per document (their persistence hooks)',
        ],
        servers: labelsOf(servers),
        data: { cards: context.options.coldLoad.cards, summaries, samples },
      }
    }),
}
