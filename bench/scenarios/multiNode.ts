/**
 * Several nodes (`--only nodes`): one node against three behind Redis, both on PostgreSQL. One writer
 * on the first node adds cards at a fixed rate; readers spread over the nodes time each delivery.
 * Reports deliveries per second, delivery p50/p99, the nodes' CPU, and the p99 the Redis hop adds
 * (readers on another node than the writer, against readers on the writer's node).
 * NOTE: the clients of this scenario run in the bench process (BoardProviders on Yjs docs, as the
 * tests use them), not in the client worker: only our server has nodes, so no peer is compared.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Client } from 'pg'
import * as Y from 'yjs'
import { createCard, getBoardRoots } from '../../shared/board/index.ts'
import { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { distributionOf, type Distribution } from '../report/statistics.ts'
import { formatNumber } from '../report/table.ts'
import { launchServer, type ServerProcess } from '../servers/launch.ts'
import { ServerKind } from '../servers/serverKind.ts'
import type { Scenario, ScenarioContext, ScenarioReport } from './scenario.ts'

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379'
const START_SERVICES = fileURLToPath(new URL('../../scripts/startServices.sh', import.meta.url))
/** Updates the writer sends per second. */
const RATE = 50
const NODE_COUNTS = [1, 3] as const

interface Reader {
  node: number
  doc: Y.Doc
  provider: BoardProvider
}

interface Trial {
  nodes: number
  deliveriesPerSecond: number
  delivered: number
  all: Distribution
  sameNode: Distribution
  otherNode: Distribution
  /** CPU seconds of every node together, per second of the window. */
  nodesCpu: number
}

async function sql(url: string, text: string) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/** A fresh database for one trial; resolves with its URL and a function that drops it. */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `debate_board_bench_${Date.now()}`
  await sql(ADMIN_URL, `CREATE DATABASE ${name}`)
  const url = new URL(ADMIN_URL)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => sql(ADMIN_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) }
}

async function createBoard(url: string): Promise<{ id: string; edit: string }> {
  const response = await fetch(`${url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Bench', motion: 'Nodes scale.', articles: 'none' }),
  })
  if (response.status !== 201) throw new Error(`creating a board answered ${response.status}`)
  const { id, links } = (await response.json()) as { id: string; links: Record<string, string> }
  return { id, edit: new URL(links.edit!).hash.replace('#token=', '') }
}

function connect(url: string, boardId: string, token: string) {
  const doc = new Y.Doc()
  const provider = new BoardProvider({ url, boardId, doc, token, transports: ['websocket'] })
  return { doc, provider }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts the nodes one after the other (each runs the migrations at start). */
async function startNodes(context: ScenarioContext, count: number, databaseUrl: string) {
  const env: Record<string, string> = { DATABASE_URL: databaseUrl }
  if (count > 1) Object.assign(env, { REDIS_URL, REDIS_KEY_PREFIX: `bench-${Date.now()}:` })
  const nodes: ServerProcess[] = []
  for (let n = 0; n < count; n++)
    nodes.push(await launchServer(ServerKind.DebateBoard, { env, nodeFlags: context.serverNodeFlags }))
  return nodes
}

/** Times every delivery of the writer's cards, by whether the reader is on the writer's node. */
async function measure(context: ScenarioContext, nodes: readonly ServerProcess[], readerCount: number) {
  const { durationSeconds, drainSeconds } = context.options
  const board = await createBoard(nodes[0]!.url)
  const writer = connect(nodes[0]!.url, board.id, board.edit)
  const readers: Reader[] = Array.from({ length: readerCount }, (_, i) => ({
    node: i % nodes.length,
    ...connect(nodes[i % nodes.length]!.url, board.id, board.edit),
  }))
  try {
    await Promise.all([writer, ...readers].map(({ provider }) => provider.whenSynced()))
    const sentAt = new Map<string, number>()
    const sameNode: number[] = []
    const otherNode: number[] = []
    for (const reader of readers) {
      getBoardRoots(reader.doc).cards.observe((event) => {
        const now = performance.now()
        for (const key of event.keysChanged) {
          const at = sentAt.get(key)
          if (at !== undefined) (reader.node === 0 ? sameNode : otherNode).push(now - at)
        }
      })
    }
    const cpuBefore = nodes.reduce((total, node) => total + node.cpuSeconds(), 0)
    const total = RATE * durationSeconds
    for (let i = 0; i < total; i++) {
      const card = { stance: 'bull' as const, x: i, y: 0, text: String(i), authorId: 'b', authorName: 'B' }
      sentAt.set(createCard(writer.doc, card), performance.now())
      await pause(1000 / RATE)
    }
    const cpu = nodes.reduce((total, node) => total + node.cpuSeconds(), 0) - cpuBefore
    await pause(drainSeconds * 1000)
    const all = [...sameNode, ...otherNode]
    return {
      deliveriesPerSecond: all.length / durationSeconds,
      delivered: all.length / (readerCount * total),
      all: distributionOf(all),
      sameNode: distributionOf(sameNode),
      otherNode: distributionOf(otherNode),
      nodesCpu: cpu / durationSeconds,
    }
  } finally {
    for (const { provider, doc } of [writer, ...readers]) {
      provider.destroy()
      doc.destroy()
    }
  }
}

async function runTrial(context: ScenarioContext, count: number, readerCount: number): Promise<Trial> {
  const database = await freshDatabase()
  let nodes: ServerProcess[] = []
  try {
    nodes = await startNodes(context, count, database.url)
    return { nodes: count, ...(await measure(context, nodes, readerCount)) }
  } finally {
    for (const node of nodes) await node.stop()
    await database.drop()
  }
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-')

function report(context: ScenarioContext, trials: readonly Trial[], readerCount: number): ScenarioReport {
  return {
    id: multiNodeScenario.id,
    title: multiNodeScenario.title(context.options),
    headings: [
      'nodes',
      'deliv/s',
      'delivered',
      'p50 ms',
      'p99 ms',
      'p99 same node',
      'p99 other node',
      'nodes CPU',
    ],
    rows: trials.map((trial) => [
      String(trial.nodes),
      formatNumber(Math.round(trial.deliveriesPerSecond)),
      `${(trial.delivered * 100).toFixed(1)}%`,
      ms(trial.all.p50),
      ms(trial.all.p99),
      ms(trial.sameNode.p99),
      ms(trial.otherNode.p99),
      `${(trial.nodesCpu * 100).toFixed(0)}%`,
    ]),
    notes: [
      `1 writer on node 1 at ${RATE} updates/s, ${readerCount} readers spread over the nodes; PostgreSQL storage in both rows, Redis only with 3 nodes.`,
      'p99 other node − p99 same node is the Redis hop. nodes CPU: every node together, 100% = one core.',
      'On 2 cores every node, PostgreSQL, Redis and the clients share the machine: 3 nodes cannot add throughput here; they add failover and a hop.',
    ],
    servers: { [ServerKind.DebateBoard]: `${ServerKind.DebateBoard} × ${NODE_COUNTS.join(' and ')}` },
    data: trials,
  }
}

export const multiNodeScenario: Scenario = {
  id: 'nodes',
  title: () => 'Several nodes: 1 node against 3 behind Redis, on PostgreSQL',
  async run(context) {
    execFileSync(START_SERVICES, ['postgres', 'redis'], { stdio: ['ignore', 'ignore', 'inherit'] })
    const readerCount = context.options.quick ? 12 : 30
    const trials: Trial[] = []
    for (const count of NODE_COUNTS) trials.push(await runTrial(context, count, readerCount))
    return report(context, trials, readerCount)
  },
}
