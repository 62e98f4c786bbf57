/**
 * The latency scenarios: fan-out, many writers, many rooms, and the thousand-person room. Each
 * server takes its turn (A, B, C, A, B, C…) with fresh rooms; its CPU time is read from /proc just
 * before and just after the measured window, with every client connected and warmed up.
 */
import type { BenchOptions } from '../options.ts'
import { distributionOf, pool, sum, type Distribution } from '../report/statistics.ts'
import { formatMegabytes, formatNumber, formatShare } from '../report/table.ts'
import type { TrafficResult, TrafficSpec } from '../worker/api.ts'
import { HEALTH_TIMEOUT_MS, startHealthProbe, type HealthSamples } from './healthProbe.ts'
import {
  labelsOf,
  ratioToBestPeer,
  withServers,
  type Scenario,
  type ScenarioContext,
  type ScenarioReport,
  type StartedServer,
} from './scenario.ts'

/** The shape of a traffic scenario; durations come from the options. */
type TrafficShape = Pick<
  TrafficSpec,
  'rooms' | 'clientsPerRoom' | 'writersPerRoom' | 'updatesPerSecond' | 'presence'
>

/** A traffic scenario's shape and how it runs; trafficScenarios.ts lists them. */
export interface TrafficScenarioDefinition {
  id: string
  title: (shape: TrafficShape) => string
  shape: (options: BenchOptions) => TrafficShape
  /** The 1,000-client scenarios take options.heavyRepeats turns, the others options.repeats. */
  heavy: boolean
  /** The window's length in seconds. */
  seconds: (options: BenchOptions) => number
  /** Probe GET /healthz during the window. */
  probeHealth: boolean
}

/** One server's turn. */
interface Trial {
  repeat: number
  connectMs: number
  /** How busy the client worker and the server were while the clients joined (1: one core). */
  joins: { clientShare: number; serverShare: number }
  result: TrafficResult
  serverCpuSeconds: number
  rssBytes: number
  health: HealthSamples | undefined
}

/** One server's turns, summed up. */
interface Summary {
  kind: string
  label: string
  written: number
  expected: number
  delivered: number
  latency: Distribution
  serverCpuSeconds: number
  cpuMicrosPerDelivery: number
  rssBytes: number
  clientCpuShare: number
  health: Distribution | undefined
  healthFailures: number
  /** With presence: the fewest other presences a client held at the end of a window, and of how many. */
  presenceSeen: { fewest: number; of: number } | undefined
  /** The worst p99 and longest delay of the client worker's event loop in a window (ms). */
  clientLoopDelay: { p99: number; max: number }
  /** The slowest turn's joins, and how busy each side was during them. */
  joins: { ms: number; clientShare: number; serverShare: number }
}

/** The longest card text the schema allows is 5,000 characters: one writer types one per update. */
const MAX_WRITES_PER_CARD = 4_500
/**
 * The warm-up writes faster than the window, up to this many deliveries a second over all rooms (the
 * client worker takes it) and this many updates a second per writer. A server's per-update code runs
 * once per update: at 20 updates a second V8 takes minutes to optimize it (perf showed 12% of our
 * server's CPU in TurboFan 35 s into a fan-out window), so a window after a short warm-up measures
 * the compiler more than the server. A burst of a few thousand updates gets every server there first.
 */
const WARM_UP_DELIVERIES_PER_SECOND = 10_000
const WARM_UP_MAX_UPDATES_PER_SECOND = 200
/** Later turns run on a server the first turn warmed: a short warm-up at the window's rate. */
const LATER_WARM_UP_MS = 1_000

/** The warm-up of a server's first turn: its length from the options, its rate from the room's shape. */
export function warmUpOf(shape: TrafficShape, options: BenchOptions): TrafficSpec['warmUp'] {
  const receivers = shape.rooms * shape.writersPerRoom * (shape.clientsPerRoom - 1)
  const burst = Math.floor(WARM_UP_DELIVERIES_PER_SECOND / Math.max(1, receivers))
  const updatesPerSecond = Math.max(shape.updatesPerSecond, Math.min(WARM_UP_MAX_UPDATES_PER_SECOND, burst))
  return { ms: options.warmUpSeconds * 1_000, updatesPerSecond }
}

function specFor(
  definition: TrafficScenarioDefinition,
  options: BenchOptions,
): Omit<TrafficSpec, 'kind' | 'url'> {
  const shape = definition.shape(options)
  const seconds = definition.seconds(options)
  const spec = {
    ...shape,
    warmUp: warmUpOf(shape, options),
    durationMs: seconds * 1_000,
    drainMs: options.drainSeconds * 1_000,
  }
  const warmUpWrites = options.warmUpSeconds * spec.warmUp.updatesPerSecond
  if (seconds * shape.updatesPerSecond + warmUpWrites > MAX_WRITES_PER_CARD) {
    throw new Error(`${definition.id}: a window this long would write past a card's 5,000 characters`)
  }
  return spec
}

async function runTrial(
  context: ScenarioContext,
  { server }: StartedServer,
  spec: Omit<TrafficSpec, 'kind' | 'url'>,
  probeHealth: boolean,
  repeat: number,
): Promise<Trial> {
  const { worker } = context
  const setUpStart = performance.now()
  const setUpCpu = server.cpuSeconds()
  try {
    const warmUp =
      repeat === 0 ? spec.warmUp : { ms: LATER_WARM_UP_MS, updatesPerSecond: spec.updatesPerSecond }
    const { connectMs, connectCpuSeconds } = await worker.call('setUpTraffic', {
      ...spec,
      warmUp,
      kind: server.kind,
      url: server.url,
    })
    const cpuBefore = server.cpuSeconds()
    const joins = {
      clientShare: connectCpuSeconds / (connectMs / 1_000),
      serverShare: (cpuBefore - setUpCpu) / (connectMs / 1_000),
    }
    const probe = probeHealth ? startHealthProbe(server.url) : undefined
    const result = await worker.call('runTraffic')
    const serverCpuSeconds = server.cpuSeconds() - cpuBefore
    const health = await probe?.stop()
    return { repeat, connectMs, joins, result, serverCpuSeconds, rssBytes: server.rssBytes(), health }
  } catch (error) {
    const serverShare = (server.cpuSeconds() - setUpCpu) / ((performance.now() - setUpStart) / 1_000)
    // The busy share goes on the first line, the one the table's note shows.
    const [first, ...rest] = (error instanceof Error ? error.message : String(error)).split('\n')
    throw new Error(
      [`${server.label}: ${first} (server busy ${formatShare(serverShare)})`, ...rest, server.tail()].join(
        '\n',
      ),
    )
  } finally {
    await worker.call('disconnectAll')
  }
}

function summarize({ server }: StartedServer, trials: readonly Trial[]): Summary {
  const results = trials.map((trial) => trial.result)
  const delivered = sum(results.map((result) => result.delivered))
  const serverCpuSeconds = sum(trials.map((trial) => trial.serverCpuSeconds))
  const healthTrials = trials.flatMap((trial) => (trial.health ? [trial.health] : []))
  return {
    kind: server.kind,
    label: server.label,
    written: sum(results.map((result) => result.written)),
    expected: sum(results.map((result) => result.expected)),
    delivered,
    latency: distributionOf(pool(results.map((result) => result.latencies))),
    serverCpuSeconds,
    cpuMicrosPerDelivery: (serverCpuSeconds / delivered) * 1e6,
    rssBytes: Math.max(...trials.map((trial) => trial.rssBytes)),
    clientCpuShare:
      sum(results.map((result) => result.clientCpuSeconds)) /
      sum(results.map((result) => result.elapsedMs / 1_000)),
    health: healthTrials.length > 0 ? distributionOf(pool(healthTrials.map((h) => h.latencies))) : undefined,
    healthFailures: sum(healthTrials.map((h) => h.failures)),
    presenceSeen: fewestSeen(results),
    joins: slowestJoins(trials),
    clientLoopDelay: {
      p99: Math.max(...results.map((result) => result.clientLoopDelay.p99)),
      max: Math.max(...results.map((result) => result.clientLoopDelay.max)),
    },
  }
}

function slowestJoins(trials: readonly Trial[]): Summary['joins'] {
  const slowest = trials.reduce((a, b) => (b.connectMs > a.connectMs ? b : a))
  return { ms: slowest.connectMs, ...slowest.joins }
}

/** A note per server on how long its clients took to join, and which side was busy meanwhile. */
function joinNotes(summaries: readonly Summary[], clients: number): string[] {
  return summaries.map(
    ({ label, joins }) =>
      `${label}: ${clients.toLocaleString('en-US')} clients joined in ${formatNumber(joins.ms / 1_000)} s ` +
      `(client worker busy ${formatShare(joins.clientShare)}, server ${formatShare(joins.serverShare)})`,
  )
}

/** A note per server on how late the client worker's own event loop ran in the window. */
function clientDelayNotes(summaries: readonly Summary[]): string[] {
  return summaries.map(
    ({ label, clientLoopDelay }) =>
      `${label}: the client worker's event loop ran late by ${formatNumber(clientLoopDelay.p99)} ms at p99, ` +
      `${formatNumber(clientLoopDelay.max)} ms at worst (part of every latency above)`,
  )
}

function fewestSeen(results: readonly TrafficResult[]): Summary['presenceSeen'] {
  const seen = results.flatMap((result) => (result.presenceSeen ? [result.presenceSeen] : []))
  if (seen.length === 0) return undefined
  return seen.reduce((fewest, next) => (next.fewest < fewest.fewest ? next : fewest))
}

/** A note per server on the presence its clients still held when the window ended. */
function presenceNotes(summaries: readonly Summary[]): string[] {
  return summaries.flatMap(({ label, presenceSeen }) =>
    presenceSeen
      ? [
          `${label}: at the end of the window every client held at least ${presenceSeen.fewest.toLocaleString('en-US')} of the ${presenceSeen.of.toLocaleString('en-US')} others' presence`,
        ]
      : [],
  )
}

function toRows(summaries: readonly Summary[], probeHealth: boolean): string[][] {
  return summaries.map((summary) => [
    summary.label,
    `${summary.delivered.toLocaleString('en-US')}/${summary.expected.toLocaleString('en-US')}`,
    formatNumber(summary.latency.p50),
    formatNumber(summary.latency.p99),
    formatNumber(summary.serverCpuSeconds),
    formatNumber(summary.cpuMicrosPerDelivery),
    formatMegabytes(summary.rssBytes),
    formatShare(summary.clientCpuShare),
    ...(probeHealth ? [formatHealth(summary)] : []),
    ratioToBestPeer(summaries, summary, (s) => s.cpuMicrosPerDelivery),
    ratioToBestPeer(summaries, summary, (s) => s.latency.p99),
  ])
}

/** "p50 / p99", and how many probes got no answer within the probe's timeout. */
function formatHealth({ health, healthFailures }: Summary): string {
  const answered = `${formatNumber(health?.p50 ?? Number.NaN)} / ${formatNumber(health?.p99 ?? Number.NaN)}`
  return healthFailures > 0 ? `${answered}, ${healthFailures} unanswered` : answered
}

const HEADINGS = [
  'server',
  'delivered/expected',
  'p50 ms',
  'p99 ms',
  'CPU s',
  'CPU µs/deliv',
  'RSS MB',
  'clients CPU',
]
const RATIO_HEADINGS = ['µs/deliv vs best peer', 'p99 vs best peer']

function notesFor(spec: Omit<TrafficSpec, 'kind' | 'url'>, repeats: number, probeHealth: boolean): string[] {
  const writers = spec.rooms * spec.writersPerRoom
  return [
    `${spec.rooms} room(s) × ${spec.clientsPerRoom.toLocaleString('en-US')} clients; ${writers} writer(s) at ${spec.updatesPerSecond} updates/s each` +
      `${spec.presence ? '; every client has a presence' : ''}; ${spec.durationMs / 1_000} s window × ${repeats} turn(s)`,
    `warm-up before each server's first window: ${spec.warmUp.ms / 1_000} s at ${spec.warmUp.updatesPerSecond} updates/s per writer, unmeasured`,
    'latency: write to each receiver, all clients in one worker process; CPU: the server process only (/proc utime+stime)',
    ...(probeHealth
      ? [
          'healthz: GET /healthz every 250 ms during the window (peers answer any path with a fixed text);',
          `  unanswered: no answer within ${HEALTH_TIMEOUT_MS / 1_000} s`,
        ]
      : []),
    'clients CPU: the client worker busy share of the window; near 100% the clients, not the server, set the pace',
  ]
}

/** A traffic scenario, ready for run.ts. */
export function trafficScenario(definition: TrafficScenarioDefinition): Scenario {
  return {
    id: definition.id,
    title: (options) => definition.title(definition.shape(options)),
    run: async (context): Promise<ScenarioReport> => {
      const title = definition.title(definition.shape(context.options))
      const spec = specFor(definition, context.options)
      const repeats = definition.heavy ? context.options.heavyRepeats : context.options.repeats
      return withServers(context, {}, async (servers) => {
        const trials = servers.map(() => [] as Trial[])
        // A server that fails a turn (say, it cannot take 1,000 joins in time) sits out the rest.
        const failures = new Map<number, string>()
        for (let repeat = 0; repeat < repeats; repeat++) {
          for (const [index, server] of servers.entries()) {
            if (failures.has(index)) continue
            try {
              trials[index]?.push(await runTrial(context, server, spec, definition.probeHealth, repeat))
            } catch (error) {
              failures.set(index, error instanceof Error ? error.message : String(error))
            }
          }
        }
        const summaries = servers.flatMap((server, index) => {
          const done = trials[index] ?? []
          return done.length > 0 ? [summarize(server, done)] : []
        })
        const failed = [...failures].map(([index, message]) => ({
          server: servers[index]?.server.label ?? '?',
          error: message,
        }))
        return {
          id: definition.id,
          title,
          headings: [
            ...HEADINGS,
            ...(definition.probeHealth ? ['healthz p50/p99 ms'] : []),
            ...RATIO_HEADINGS,
          ],
          rows: [
            ...toRows(summaries, definition.probeHealth),
            ...failed.map(({ server }) => [server, 'failed']),
          ],
          notes: [
            ...notesFor(spec, repeats, definition.probeHealth),
            ...presenceNotes(summaries),
            ...(definition.heavy
              ? [...joinNotes(summaries, spec.rooms * spec.clientsPerRoom), ...clientDelayNotes(summaries)]
              : []),
            ...failed.map(({ server, error }) => `${server} FAILED: ${error.split('\n')[0] ?? ''}`),
          ],
          servers: labelsOf(servers),
          data: { spec, summaries, failed, trials: trials.map((list) => list.map(withoutSamples)) },
        }
      })
    },
  }
}

/** A trial for the JSON file: latencies summarised rather than listed. */
function withoutSamples(trial: Trial) {
  const { latencies, ...result } = trial.result
  return {
    ...trial,
    result: { ...result, latency: distributionOf(latencies) },
    health: trial.health && {
      failures: trial.health.failures,
      latency: distributionOf(trial.health.latencies),
    },
  }
}
