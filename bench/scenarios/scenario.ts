/** What every scenario shares: its context, its report, and servers that always stop. */
import type { BenchOptions } from '../options.ts'
import { launchServer, type LaunchOptions, type ServerProcess } from '../servers/launch.ts'
import { ServerKind } from '../servers/serverKind.ts'
import { formatRatio } from '../report/table.ts'
import type { ClientWorker } from '../worker/ClientWorker.ts'

export interface ScenarioContext {
  options: BenchOptions
  worker: ClientWorker
  /** Extra node flags for every server (BENCH_SERVER_NODE_OPTIONS), e.g. --cpu-prof. */
  serverNodeFlags: readonly string[]
}

/** A scenario's table, its notes, and its figures for the JSON file. */
export interface ScenarioReport {
  id: string
  title: string
  headings: string[]
  rows: string[][]
  notes: string[]
  /** The servers as started, e.g. "debate-board (tsx)". */
  servers: Record<string, string>
  data: unknown
}

/** A scenario as run.ts lists it. */
export interface Scenario {
  id: string
  title(options: BenchOptions): string
  run(context: ScenarioContext): Promise<ScenarioReport>
}

/** A server with the memory it had when it had just started (after garbage collection). */
export interface StartedServer {
  server: ServerProcess
  baseline: { rss: number; heapUsed: number }
}

/** Starts one server of each kind, one after the other, runs `body`, and stops them all. */
export async function withServers<T>(
  context: ScenarioContext,
  launchOptions: LaunchOptions,
  body: (servers: readonly StartedServer[]) => Promise<T>,
): Promise<T> {
  const servers: StartedServer[] = []
  try {
    for (const kind of context.options.servers) {
      const server = await launchServer(kind, { ...launchOptions, nodeFlags: context.serverNodeFlags })
      const memory = await server.memory()
      servers.push({ server, baseline: { rss: server.rssBytes(), heapUsed: memory.heapUsed } })
    }
    return await body(servers)
  } finally {
    await context.worker.call('disconnectAll').catch(() => undefined)
    for (const { server } of servers) await server.stop()
  }
}

/** Each server's label by kind, for the report. */
export function labelsOf(servers: readonly StartedServer[]): Record<string, string> {
  return Object.fromEntries(servers.map(({ server }) => [server.kind, server.label]))
}

/**
 * Our figure against the better (lower) of the peers' figures, e.g. "0.82x"; "" on a peer's row.
 * Lower must be better for the figure.
 */
export function ratioToBestPeer<T extends { kind: string }>(
  rows: readonly T[],
  row: T,
  figure: (row: T) => number,
): string {
  if (row.kind !== ServerKind.DebateBoard) return ''
  const peers = rows
    .filter((other) => other.kind !== ServerKind.DebateBoard)
    .map(figure)
    .filter(Number.isFinite)
  if (peers.length === 0) return 'n/a'
  return formatRatio(figure(row), Math.min(...peers))
}
