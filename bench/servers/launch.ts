/**
 * Starts each benchmarked server in a child process of its own, on 127.0.0.1 and a port the system
 * chooses, and reads its CPU time and memory from outside. Every child loads memoryProbe.mjs, which
 * answers the bench's "memory?" over IPC.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cpuSeconds, peakRssBytes, rssBytes } from './procStats.ts'
import { ServerKind } from './serverKind.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PROBE = fileURLToPath(new URL('./memoryProbe.mjs', import.meta.url))
/** Where a compiled server may be; the first that exists wins (BENCH_SERVER_ENTRY overrides). */
const COMPILED_ENTRIES = ['dist/server/main.js', 'dist/server/server/main.js', 'dist/main.js']
const START_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 10_000
/** Lines of a server's output kept to explain a failure. */
const TAIL_LINES = 20

/** Our limits guard against abusive clients; a bench that hit them would measure the limiter. */
const UNLIMITED_ENV = {
  SOCKET_MESSAGES_PER_SECOND: '1000000000',
  SOCKET_MESSAGE_BURST: '1000000000',
  SOCKET_BYTES_PER_SECOND: '1000000000000',
  SOCKET_BYTE_BURST: '1000000000000',
  CONNECTIONS_PER_IP_PER_MINUTE: '1000000000',
  CONNECTION_BURST_PER_IP: '1000000000',
  BOARDS_PER_IP_PER_HOUR: '1000000000',
  // The cold-load board has 5,000 cards, over the default cap of 2,000.
  MAX_CARDS_PER_BOARD: '100000',
}

/** Memory as the server's own process.memoryUsage() reports it, after full collections. */
export interface ServerMemory {
  rss: number
  heapUsed: number
  external: number
  arrayBuffers: number
  gcExposed: boolean
}

/** A server running in its own process. */
export interface ServerProcess {
  kind: ServerKind
  /** e.g. "debate-board (tsx)": says how the process was started. */
  label: string
  pid: number
  /** http://127.0.0.1:<port> */
  url: string
  cpuSeconds(): number
  rssBytes(): number
  peakRssBytes(): number
  /** Asks the server for its memory after garbage collection. */
  memory(): Promise<ServerMemory>
  /** The last lines it printed, for error messages. */
  tail(): string
  stop(): Promise<void>
}

/** Per-scenario settings for a server. */
export interface LaunchOptions {
  /** Our server: how long an empty room stays loaded (0 for the cold-load scenario). */
  roomIdleMs?: number
  /** Peers: keep documents in files while nobody is connected (the cold-load scenario). */
  persistDocuments?: boolean
  /** Extra node flags, e.g. --cpu-prof, from BENCH_SERVER_NODE_OPTIONS. */
  nodeFlags?: readonly string[]
  /** Our server: more environment, e.g. DATABASE_URL and REDIS_URL for the multi-node scenario. */
  env?: Readonly<Record<string, string>>
}

interface Command {
  label: string
  args: string[]
  env: NodeJS.ProcessEnv
}

/** How our server starts: from compiled JavaScript if there is a build, else through tsx. */
export function debateBoardEntry(): { file: string; compiled: boolean } {
  const override = process.env.BENCH_SERVER_ENTRY
  if (override) return { file: path.resolve(override), compiled: !override.endsWith('.ts') }
  const compiled = COMPILED_ENTRIES.map((entry) => path.join(ROOT, entry)).find((file) => fs.existsSync(file))
  return compiled
    ? { file: compiled, compiled: true }
    : { file: path.join(ROOT, 'server/main.ts'), compiled: false }
}

function commandFor(kind: ServerKind, dataDir: string, options: LaunchOptions): Command {
  const persist = options.persistDocuments ? { BENCH_PERSIST_DIR: dataDir } : {}
  switch (kind) {
    case ServerKind.DebateBoard: {
      const entry = debateBoardEntry()
      return {
        label: `${kind} (${entry.compiled ? 'compiled' : 'tsx'})`,
        args: [...(entry.compiled ? [] : ['--import', 'tsx']), entry.file, '--no-build'],
        env: {
          ...UNLIMITED_ENV,
          HOST: '127.0.0.1',
          PORT: '0',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'error',
          ...(options.roomIdleMs === undefined ? {} : { ROOM_IDLE_MS: String(options.roomIdleMs) }),
          ...options.env,
        },
      }
    }
    case ServerKind.YWebsocket:
      return { label: kind, args: [path.join(ROOT, 'bench/servers/yWebsocketServer.mjs')], env: persist }
    case ServerKind.Hocuspocus:
      return { label: kind, args: [path.join(ROOT, 'bench/servers/hocuspocusServer.mjs')], env: persist }
  }
}

/** Starts one server and resolves once it listens. */
export async function launchServer(kind: ServerKind, options: LaunchOptions = {}): Promise<ServerProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${kind}-`))
  const command = commandFor(kind, dataDir, options)
  const child = spawn(
    process.execPath,
    ['--expose-gc', ...(options.nodeFlags ?? []), '--import', PROBE, ...command.args],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', ...command.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  )
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    // Our server prints the demo board's moderator link on a first start: keep no token.
    const text = chunk.toString('utf8').replace(/token=[\w-]+/g, 'token=[redacted]')
    lines.push(...text.split('\n').filter(Boolean))
    lines.splice(0, Math.max(0, lines.length - TAIL_LINES))
  }
  child.stderr?.on('data', keep)
  const tail = () => lines.join('\n')
  try {
    const url = await whenListening(child, keep, tail)
    return describe(kind, command.label, child, url, tail, dataDir)
  } catch (error) {
    child.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
}

/** Resolves with the first http://127.0.0.1:<port> the server prints. */
function whenListening(child: ChildProcess, keep: (chunk: Buffer) => void, tail: () => string) {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no server listening after ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    )
    let found = false
    // Keep reading after the port line: a full pipe would block the server.
    child.stdout?.on('data', (chunk: Buffer) => {
      keep(chunk)
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(chunk.toString('utf8'))
      if (found || !match) return
      found = true
      clearTimeout(timer)
      resolve(`http://127.0.0.1:${match[1]}`)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with code ${code} before listening:\n${tail()}`))
    })
  })
}

function describe(
  kind: ServerKind,
  label: string,
  child: ChildProcess,
  url: string,
  tail: () => string,
  dataDir: string,
): ServerProcess {
  const pid = child.pid ?? Number.NaN
  let nextId = 0
  const memory = () =>
    new Promise<ServerMemory>((resolve) => {
      const id = nextId++
      const onMessage = (message: {
        type?: string
        id?: number
        memory?: NodeJS.MemoryUsage
        gcExposed?: boolean
      }) => {
        if (message.type !== 'memory' || message.id !== id || !message.memory) return
        child.off('message', onMessage)
        resolve({ ...message.memory, gcExposed: message.gcExposed === true })
      }
      child.on('message', onMessage)
      child.send({ type: 'memory', id })
    })
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
      await exited
      clearTimeout(timer)
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  return {
    kind,
    label,
    pid,
    url,
    cpuSeconds: () => cpuSeconds(pid),
    rssBytes: () => rssBytes(pid),
    peakRssBytes: () => peakRssBytes(pid),
    memory,
    tail,
    stop,
  }
}
