/**
 * `npm run bench`: this server against y-websocket's reference server and Hocuspocus, in one run.
 * Each server runs in a process of its own, the clients in another (the client worker), and this
 * process only orchestrates and reads /proc. One table per scenario; results also go to
 * bench/results/<timestamp>.json. Nothing passes or fails: the figures are for reading.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readOptions, type BenchOptions } from './options.ts'
import { printTable, write } from './report/table.ts'
import { anchoringScenario } from './scenarios/anchoring.ts'
import { canvasScaleScenario } from './browser/canvasScale.ts'
import { coldLoadScenario } from './scenarios/coldLoad.ts'
import { idleMemoryScenario } from './scenarios/idleMemory.ts'
import { multiNodeScenario } from './scenarios/multiNode.ts'
import type { Scenario, ScenarioReport } from './scenarios/scenario.ts'
import { HEAVY_TRAFFIC_SCENARIOS, TRAFFIC_SCENARIOS } from './scenarios/trafficScenarios.ts'
import { debateBoardEntry } from './servers/launch.ts'
import { hasProcFs } from './servers/procStats.ts'
import { ClientWorker } from './worker/ClientWorker.ts'

const SCENARIOS: readonly Scenario[] = [
  ...TRAFFIC_SCENARIOS,
  coldLoadScenario,
  ...HEAVY_TRAFFIC_SCENARIOS,
  idleMemoryScenario,
  anchoringScenario,
  canvasScaleScenario,
  multiNodeScenario,
]
const RESULTS_DIR = fileURLToPath(new URL('./results', import.meta.url))
/** Sockets a 1,000-client scenario opens in one process, plus room for everything else. */
const FILES_NEEDED = 2_500

function versionOf(packageJson: string): string {
  const file = fileURLToPath(new URL(`../node_modules/${packageJson}`, import.meta.url))
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version ?? '?'
  } catch {
    return 'not installed'
  }
}

/** The soft limit on open files (children inherit it), from /proc; undefined where unknown. */
function openFileLimit(): number | undefined {
  try {
    const limits = fs.readFileSync('/proc/self/limits', 'utf8')
    const soft = /^Max open files\s+(\S+)/m.exec(limits)?.[1]
    return soft === 'unlimited' ? Infinity : Number(soft)
  } catch {
    return undefined
  }
}

function loadAverage(): string {
  return os.loadavg()[0]?.toFixed(1) ?? '?'
}

function printHeader(options: BenchOptions) {
  const cpus = os.cpus()
  const entry = debateBoardEntry()
  write(
    `Debate Board bench${options.quick ? ' (--quick)' : ''}: node ${process.version}, ${cpus[0]?.model ?? '?'}, ${cpus.length} cores`,
  )
  write(
    `servers: debate-board from ${path.relative(process.cwd(), entry.file)} (${entry.compiled ? 'compiled' : 'tsx'}), ` +
      `y-websocket ${versionOf('y-websocket/package.json')} (ws ${versionOf('y-websocket/node_modules/ws/package.json')}), ` +
      `@hocuspocus/server ${versionOf('@hocuspocus/server/package.json')}`,
  )
  write(
    `turns: ${options.repeats} per server (${options.heavyRepeats} for 1,000 clients), taken A, B, C, A, B, C…`,
  )
  write(
    `Figures move with machine load (load average now ${loadAverage()} on ${cpus.length} cores): compare rows of one run, not runs of different machines.`,
  )
  if (!hasProcFs()) write('NOTE: no /proc here: CPU and RSS read n/a.')
  const files = openFileLimit()
  if (files !== undefined && files < FILES_NEEDED) {
    write(
      `NOTE: open files are limited to ${files}; the 1,000-client scenarios need about ${FILES_NEEDED}: run \`ulimit -n 4096\` first.`,
    )
  }
}

function writeResults(
  options: BenchOptions,
  reports: readonly ScenarioReport[],
  failures: readonly object[],
) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  const file = path.join(RESULTS_DIR, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  const machine = {
    node: process.version,
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    platform: process.platform,
  }
  fs.writeFileSync(
    file,
    `${JSON.stringify({ createdAt: new Date().toISOString(), machine, options, reports, failures }, null, 2)}\n`,
  )
  return file
}

async function main() {
  const options = readOptions()
  printHeader(options)
  const serverNodeFlags = (process.env.BENCH_SERVER_NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean)
  let worker = ClientWorker.start()
  const started = performance.now()
  const reports: (ScenarioReport & { seconds: number; loadAverage: string })[] = []
  const failures: { id: string; error: string }[] = []
  try {
    for (const scenario of SCENARIOS.filter(({ id }) => !options.only || options.only.includes(id))) {
      // A worker that crashed in one scenario (its error is in that scenario's report) is replaced.
      if (!worker.alive) {
        await worker.stop()
        worker = ClientWorker.start()
      }
      const scenarioStart = performance.now()
      const loadAtStart = loadAverage()
      try {
        const report = await scenario.run({ options, worker, serverNodeFlags })
        const seconds = ((performance.now() - scenarioStart) / 1_000).toFixed(0)
        const load = `${loadAtStart} → ${loadAverage()}`
        reports.push({ ...report, seconds: Number(seconds), loadAverage: load })
        printTable(
          `${report.title} [${report.id}, ${seconds} s, load ${load}]`,
          report.headings,
          report.rows,
          report.notes,
        )
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
        failures.push({ id: scenario.id, error: message })
        write()
        write(`${scenario.title(options)} [${scenario.id}] FAILED:\n${message}`)
      }
    }
  } finally {
    await worker.stop()
  }
  write()
  if (options.json)
    write(`Results: ${path.relative(process.cwd(), writeResults(options, reports, failures))}`)
  write(`Done in ${((performance.now() - started) / 1_000).toFixed(0)} s.`)
  if (failures.length > 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exit(1)
})
