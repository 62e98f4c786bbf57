/**
 * How long one awaited appendUpdate takes on each store on this machine: the SQLite file (the default)
 * and PostgreSQL. A quick measurement, not a test and not part of `npm run bench`.
 * Run: `npx tsx scripts/measureAppendLatency.ts [appends]`. PostgreSQL gets a throwaway database on
 * TEST_POSTGRES_URL's server (default: the local one), dropped afterwards.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Client } from 'pg'
import * as Y from 'yjs'
import { percentile } from '../bench/report/statistics.ts'
import type { BoardStore } from '../server/storage/BoardStore.ts'
import { PostgresBoardStore } from '../server/storage/PostgresBoardStore.ts'
import { SqliteBoardStore } from '../server/storage/SqliteBoardStore.ts'

const APPENDS = Number(process.argv[2] ?? 2_000)
const CONCURRENT_BOARDS = 8
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** One typed character per update, as a person typing into a card produces them (~25 bytes each). */
function makeTypingUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const text = doc.getText('card')
  for (let i = 0; i < count; i++) text.insert(text.length, 'x')
  return updates
}

async function createBoards(store: BoardStore, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `latency-${i}`)
  for (const id of ids)
    await store.createBoard({
      id,
      createdAt: Date.now(),
      documents: { board: Y.encodeStateAsUpdate(new Y.Doc()) },
      tokenHashes: { moderate: `${id}-m`, edit: `${id}-e`, view: `${id}-v` },
    })
  return ids
}

/** Awaited appends one after the other on one board: the latency a room's writer sees. */
async function measureSequential(store: BoardStore, boardId: string, updates: Uint8Array[]) {
  const samples: number[] = []
  for (const update of updates) {
    const start = performance.now()
    await store.appendUpdate(boardId, 'board', update)
    samples.push(performance.now() - start)
  }
  return samples
}

/** The same appends spread over several boards written at once, as several busy rooms would. */
async function measureConcurrent(store: BoardStore, boardIds: string[], updates: Uint8Array[]) {
  const samples: number[] = []
  const perBoard = Math.floor(updates.length / boardIds.length)
  const started = performance.now()
  await Promise.all(
    boardIds.map(async (id, b) => {
      for (const update of updates.slice(b * perBoard, (b + 1) * perBoard)) {
        const start = performance.now()
        await store.appendUpdate(id, 'board', update)
        samples.push(performance.now() - start)
      }
    }),
  )
  return { samples, perSecond: (samples.length / (performance.now() - started)) * 1000 }
}

function summarize(samples: number[]) {
  const ms = (value: number) => value.toFixed(3)
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length
  const sorted = Float64Array.from(samples).sort()
  return `mean ${ms(mean)} ms, p50 ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, p99 ${ms(percentile(sorted, 0.99))}`
}

async function measure(name: string, store: BoardStore) {
  const updates = makeTypingUpdates(APPENDS)
  const [first, ...others] = await createBoards(store, 1 + CONCURRENT_BOARDS)
  // Warm up: connections opened, statements prepared, pages cached.
  await measureSequential(store, first!, updates.slice(0, 100))
  const sequential = await measureSequential(store, first!, updates)
  const concurrent = await measureConcurrent(store, others, updates)
  process.stdout.write(`${name}\n  one writer:        ${summarize(sequential)}\n`)
  process.stdout.write(
    `  ${CONCURRENT_BOARDS} boards at once: ${summarize(concurrent.samples)}; ${Math.round(concurrent.perSecond)} appends/s\n`,
  )
}

async function withPostgresDatabase(work: (url: string) => Promise<void>) {
  const admin = new Client({ connectionString: ADMIN_URL })
  await admin.connect()
  const name = `debate_board_latency_${process.pid}`
  await admin.query(`CREATE DATABASE ${name}`)
  try {
    const url = new URL(ADMIN_URL)
    url.pathname = `/${name}`
    await work(url.toString())
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debate-board-latency-'))
try {
  process.stdout.write(
    `${APPENDS} appends of ~25-byte updates, node ${process.version}, ${os.cpus().length} cores\n`,
  )
  const sqlite = new SqliteBoardStore(path.join(dir, 'boards.sqlite'))
  await measure('SQLite (WAL, synchronous=NORMAL)', sqlite).finally(() => sqlite.close())
  await withPostgresDatabase(async (url) => {
    const postgres = await PostgresBoardStore.open(url)
    await measure('PostgreSQL (synchronous_commit=on, 127.0.0.1)', postgres).finally(() => postgres.close())
  })
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
