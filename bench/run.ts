/**
 * `npm run bench`: runs every scenario in turn, each on fresh servers, and prints one table per
 * scenario. Figures are compared only with peers measured in the same run; nothing passes or fails.
 */
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { runAnchoring } from './anchoring.ts'
import { runColdLoad } from './scenarios/coldLoad.ts'
import { runFanOut } from './scenarios/fanOut.ts'
import { runMemory } from './scenarios/memory.ts'
import { runThroughput } from './scenarios/throughput.ts'
import { printTable, write, type Row } from './table.ts'

interface Scenario {
  title: string
  run: () => Promise<{ rows: Row[]; notes: string[] }>
}

const SCENARIOS: Scenario[] = [
  { title: '1. Update throughput (higher is better)', run: runThroughput },
  { title: '2. Fan-out latency (lower is better)', run: runFanOut },
  { title: '3. Memory per loaded room', run: runMemory },
  { title: '4. Cold load: what compaction buys (lower is better)', run: runColdLoad },
  { title: '5. Anchoring an excerpt in a 500,000-character article (lower is better)', run: runAnchoring },
]

/** The memory scenario needs `gc`: without it, run this file again in a Node that exposes it. */
function respawnWithGc(): number | undefined {
  if (globalThis.gc || process.env.BENCH_RESPAWNED) return undefined
  const script = fileURLToPath(import.meta.url)
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESPAWNED: '1' },
  })
  return child.status ?? 1
}

function printHeader() {
  const cpus = os.cpus()
  write(
    `Debate Board bench: node ${process.version}, ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores`,
  )
  write('Figures vary with machine load: compare rows of one run, not runs of different machines.')
  write(
    'Servers and clients share this process on 127.0.0.1; rate limits are lifted so that they are not measured.',
  )
}

async function main() {
  process.env.LOG_LEVEL = 'silent'
  printHeader()
  const started = performance.now()
  for (const scenario of SCENARIOS) {
    const { rows, notes } = await scenario.run()
    printTable(scenario.title, rows, notes)
  }
  write()
  write(`Done in ${((performance.now() - started) / 1_000).toFixed(1)} s.`)
}

const respawnStatus = respawnWithGc()
if (respawnStatus !== undefined) {
  process.exitCode = respawnStatus
} else {
  // Success exits on its own once every server and client is closed: a hang here means a leak.
  main().catch((error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exit(1)
  })
}
