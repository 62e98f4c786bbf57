/** The server as a separate process, for tests that kill it (SIGKILL) mid-flight. */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'
import { registerCleanup } from './cleanup.ts'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

export interface ServerProcess {
  url: string
  child: ChildProcess
  /** Sends SIGKILL and waits for the process to be gone. */
  kill(): Promise<void>
}

/** Starts `server/main.ts` on a random port with `dataDir`; resolves once it listens. */
export async function spawnServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--no-build'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    child.kill('SIGKILL')
    await exited
  }
  registerCleanup(kill)
  const url = await readListeningUrl(child)
  return { url, child, kill }
}

async function readListeningUrl(child: ChildProcess): Promise<string> {
  const lines = readline.createInterface({ input: child.stdout! })
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`server process exited with ${code} before listening`)
  })
  const listening = (async () => {
    for await (const line of lines) {
      if (!line.startsWith('{')) continue
      const entry = JSON.parse(line) as { msg?: string; port?: number }
      if (entry.msg === 'Debate Board is running' && entry.port) return `http://127.0.0.1:${entry.port}`
    }
    throw new Error('server process closed its output before listening')
  })()
  return Promise.race([listening, exited])
}
