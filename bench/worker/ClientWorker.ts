/** The bench's end of the client worker: starts the process and calls it (see api.ts). */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { WorkerApi, WorkerMethod, WorkerRequest, WorkerResponse } from './api.ts'

const ENTRY = fileURLToPath(new URL('./workerMain.ts', import.meta.url))

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void }

/** A running client worker. */
export class ClientWorker {
  private nextId = 0
  private readonly pending = new Map<number, Pending>()

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (response: WorkerResponse) => {
      const call = this.pending.get(response.id)
      if (!call) return
      this.pending.delete(response.id)
      if (response.ok) call.resolve(response.value)
      else call.reject(new Error(`client worker: ${response.error}`))
    })
    // Sending to a worker that died is reported by the call (below), not as an unheard 'error'.
    child.on('error', () => undefined)
    child.on('exit', (code) => {
      for (const call of this.pending.values())
        call.reject(new Error(`client worker exited with code ${code}`))
      this.pending.clear()
    })
  }

  /** Forks the worker; 'advanced' serialization carries typed arrays (latencies) as they are. */
  static start(): ClientWorker {
    const child = fork(ENTRY, [], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: 'inherit',
    })
    return new ClientWorker(child)
  }

  /** Calls the worker and resolves with its answer. */
  call<M extends WorkerMethod>(method: M, ...args: Parameters<WorkerApi[M]>): ReturnType<WorkerApi[M]> {
    const id = this.nextId++
    const request: WorkerRequest = { id, method, args }
    const answer = new Promise((resolve, reject) => {
      if (!this.alive) return reject(new Error(`client worker is gone (exit code ${this.child.exitCode})`))
      this.pending.set(id, { resolve, reject })
      this.child.send(request)
    })
    return answer as ReturnType<WorkerApi[M]>
  }

  /** False once the worker process has ended (it crashed, or was stopped). */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null && this.child.connected
  }

  /** Ends the worker (its clients die with it). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    const exited = new Promise((resolve) => this.child.once('exit', resolve))
    // The worker exits when its channel closes; without a channel, only a signal reaches it.
    if (this.child.connected) this.child.disconnect()
    else this.child.kill()
    await exited
  }
}
