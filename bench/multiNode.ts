/**
 * `npm run bench:nodes`: one node against three nodes behind Redis, both on PostgreSQL. One writer on
 * the first node sends card edits at a fixed rate; readers spread over the nodes time each delivery.
 * Reports updates delivered per second and delivery p50/p99, and the p99 the Redis hop adds (readers
 * on another node than the writer, against readers on the writer's node).
 * NOTE: on a 2-core machine three nodes, PostgreSQL, Redis and the clients share two cores, so
 * three nodes cannot show more throughput than one here; the figures show the hop's cost.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { Client } from 'pg'
import { BoardProvider } from '../shared/sync/BoardProvider.ts'
import { createCard, getBoardRoots } from '../shared/board/index.ts'
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import readline from 'node:readline'

interface Node {
  url: string
  child: ChildProcess
}

async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => probe.once('listening', resolve))
  const { port } = probe.address() as net.AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/** Starts one node (server/main.ts through tsx) and resolves once it listens. */
async function startNode(dataDir: string, env: Record<string, string>): Promise<Node> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--no-build'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`node exited with ${code}`)))
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"Debate Board is running"')) resolve()
    })
  })
  return { url: `http://127.0.0.1:${port}`, child }
}

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379'
const READERS = Number(process.env.BENCH_READERS ?? 30)
const RATE = Number(process.env.BENCH_RATE ?? 50)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)

async function sql(url: string, text: string) {
  const client = new Client({ connectionString: url })
  await client.connect()
  await client.query(text)
  await client.end()
}

async function createBoard(url: string): Promise<{ id: string; edit: string }> {
  const response = await fetch(`${url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Bench', articles: 'none' }),
  })
  const { id, links } = (await response.json()) as { id: string; links: Record<string, string> }
  return { id, edit: new URL(links.edit!).hash.replace('#token=', '') }
}

function connect(url: string, boardId: string, token: string) {
  const doc = new Y.Doc()
  const provider = new BoardProvider({ url, boardId, doc, token, transports: ['websocket'] })
  return { doc, provider, ready: provider.whenSynced() }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

async function run(nodeCount: number) {
  const database = `debate_board_bench_${Date.now()}`
  await sql(ADMIN_URL, `CREATE DATABASE ${database}`)
  const dbUrl = new URL(ADMIN_URL)
  dbUrl.pathname = `/${database}`
  const env: Record<string, string> = { DATABASE_URL: dbUrl.toString(), LOG_LEVEL: 'warn' }
  if (nodeCount > 1) Object.assign(env, { REDIS_URL, REDIS_KEY_PREFIX: `bench-${Date.now()}:` })
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nodes-'))
  const nodes: Node[] = []
  for (let n = 0; n < nodeCount; n++) nodes.push(await startNode(dataDir, env))
  try {
    const board = await createBoard(nodes[0]!.url)
    const writer = connect(nodes[0]!.url, board.id, board.edit)
    const readers = Array.from({ length: READERS }, (_, i) => ({
      node: i % nodeCount,
      ...connect(nodes[i % nodeCount]!.url, board.id, board.edit),
    }))
    await Promise.all([writer.ready, ...readers.map((reader) => reader.ready)])
    const sentAt = new Map<string, number>()
    const local: number[] = []
    const remote: number[] = []
    for (const reader of readers) {
      getBoardRoots(reader.doc).cards.observe((event) => {
        for (const key of event.keysChanged) {
          const at = sentAt.get(key)
          if (at !== undefined) (reader.node === 0 ? local : remote).push(performance.now() - at)
        }
      })
    }
    const total = RATE * SECONDS
    for (let i = 0; i < total; i++) {
      const started = performance.now()
      const card = { stance: 'bull' as const, x: i, y: 0, text: String(i), authorId: 'b', authorName: 'B' }
      sentAt.set(createCard(writer.doc, card), started)
      await new Promise((resolve) => setTimeout(resolve, 1000 / RATE))
    }
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const all = [...local, ...remote]
    const delivered = all.length / (READERS * total)
    for (const client of [writer, ...readers]) client.provider.destroy()
    return {
      nodes: nodeCount,
      deliveriesPerSecond: Math.round(all.length / SECONDS),
      delivered: `${(delivered * 100).toFixed(1)}%`,
      p50: percentile(all, 50).toFixed(1),
      p99: percentile(all, 99).toFixed(1),
      p99SameNode: percentile(local, 99).toFixed(1),
      p99OtherNode: remote.length ? percentile(remote, 99).toFixed(1) : '-',
    }
  } finally {
    for (const node of nodes) node.child.kill('SIGKILL')
    await sql(ADMIN_URL, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

execFileSync('scripts/startServices.sh', ['postgres', 'redis'], { stdio: 'inherit' })
const results = [await run(1), await run(3)]
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
process.stdout.write(
  `${READERS} readers, 1 writer on node 1 at ${RATE} updates/s for ${SECONDS} s; latencies in ms.\n`,
)
process.stdout.write(
  '2 cores host every node, PostgreSQL, Redis and the clients: 3 nodes cannot add throughput here.\n',
)
process.exit(0)
