/** The server as a separate process, for tests that kill it (SIGKILL) mid-flight. */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import net from 'node:net'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'
import { registerCleanup } from './cleanup.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

/** A pino log line of the server, as parsed JSON. */
export interface ServerLogEntry {
  level: number
  msg?: string
  [field: string]: unknown
}

/** pino's level for warnings; entries at or above it are kept. */
const WARN = 40
/** The most warnings kept, so that a long soak does not grow without bound. */
const MAX_WARNINGS = 2_000

export interface ServerProcess {
  url: string
  port: number
  /** The process running now; a new one after each `restart()`. */
  readonly child: ChildProcess
  /** Warnings and errors the server logged, across restarts, oldest first. */
  readonly warnings: ServerLogEntry[]
  /** Sends SIGKILL and waits for the process to be gone. */
  kill(): Promise<void>
  /** SIGKILLs the server, then starts it again on the same port and data folder; resolves once it listens. */
  restart(): Promise<void>
}

/**
 * Starts `server/main.ts` (or `options.args` after node, such as the compiled `dist/server/main.js`)
 * with `dataDir` on `options.port`, or on a free port chosen now, so that `restart()` brings it back
 * where clients already point; resolves once it listens.
 */
export async function spawnServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
  options: { port?: number; args?: string[] } = {},
): Promise<ServerProcess> {
  const port = options.port ?? (await findFreePort())
  const args = options.args ?? TSX_ARGS
  const warnings: ServerLogEntry[] = []
  let child = await startChild(args, dataDir, port, env, warnings)
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    child.kill('SIGKILL')
    await exited
  }
  registerCleanup(kill)
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get child() {
      return child
    },
    warnings,
    kill,
    async restart() {
      await kill()
      child = await startChild(args, dataDir, port, env, warnings)
    },
  }
}

/** A TCP port nobody listens on now (the OS picks it; it may be taken again before use, rarely). */
export async function findFreePort(): Promise<number> {
  const probe = net.createServer()
  probe.listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const { port } = probe.address() as net.AddressInfo
  probe.close()
  await once(probe, 'close')
  return port
}

/** The server from its TypeScript sources, without building the client. */
const TSX_ARGS = ['--import', 'tsx', 'server/main.ts', '--no-build']

async function startChild(
  args: string[],
  dataDir: string,
  port: number,
  env: Record<string, string>,
  warnings: ServerLogEntry[],
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await waitUntilListening(child, warnings)
  return child
}

/**
 * Reads the server's log until it says it listens, and keeps reading after: an unread pipe fills up
 * and blocks the server's next log write.
 */
async function waitUntilListening(child: ChildProcess, warnings: ServerLogEntry[]): Promise<void> {
  const lines = readline.createInterface({ input: child.stdout! })
  await new Promise<void>((resolve, reject) => {
    // Rejecting after resolving does nothing, so a later kill is not an error.
    child.once('exit', (code) => reject(new Error(`server process exited with ${code} before listening`)))
    lines.on('line', (line) => {
      const entry = parseLogLine(line)
      if (!entry) return
      if (entry.msg === 'Debate Board is running') resolve()
      if (entry.level >= WARN && warnings.length < MAX_WARNINGS) warnings.push(entry)
    })
  })
}

function parseLogLine(line: string): ServerLogEntry | undefined {
  if (!line.startsWith('{')) return undefined
  try {
    return JSON.parse(line) as ServerLogEntry
  } catch {
    return undefined
  }
}
