/** Connecting many clients: a few at a time, each with a deadline, so a stuck join fails loudly. */
import type { BenchClient, BenchRoom, ClientAdapter } from '../servers/clientAdapter.ts'

/** Joins in flight at once: all together would measure only a storm of handshakes. */
const CONNECT_CONCURRENCY = 50
const CONNECT_TIMEOUT_MS = 60_000
/** A whole group of joins: past this the server is not keeping up, and the trial fails. */
const PHASE_TIMEOUT_MS = 120_000

/** Rejects when `promise` takes longer than `ms`, so that a stuck step fails instead of hanging. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** The item at `index`, which the caller knows is there. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index]
  if (item === undefined) throw new RangeError(`no item at ${index} of ${items.length}`)
  return item
}

/**
 * Connects one client to each room of `rooms` (a room may repeat), CONNECT_CONCURRENCY at a time.
 * Fails when one join takes over CONNECT_TIMEOUT_MS or all of them over `phaseTimeoutMs`; clients
 * already connected have been handed to `onConnected`, whose owner disconnects them.
 */
export async function connectMany(
  adapter: ClientAdapter,
  url: string,
  rooms: readonly BenchRoom[],
  onConnected: (client: BenchClient, index: number) => void = () => undefined,
  phaseTimeoutMs = PHASE_TIMEOUT_MS,
): Promise<BenchClient[]> {
  const clients: BenchClient[] = new Array<BenchClient>(rooms.length)
  const phase = AbortSignal.timeout(phaseTimeoutMs)
  // The first failure stops every other join in flight, so that none connects after we gave up.
  const failed = new AbortController()
  let next = 0
  let joined = 0
  let firstFailure: Error | undefined
  const lane = async () => {
    while (next < rooms.length && !failed.signal.aborted) {
      const index = next++
      const room = itemAt(rooms, index)
      const signal = AbortSignal.any([phase, failed.signal, AbortSignal.timeout(CONNECT_TIMEOUT_MS)])
      const client = await adapter.connect(url, room, signal).catch((error: unknown) => {
        if (!failed.signal.aborted) {
          const why = phase.aborted
            ? `all joins took over ${phaseTimeoutMs / 1_000} s`
            : `a join failed: ${String(error)}`
          firstFailure = new Error(`${joined} of ${rooms.length} clients joined, then ${why}`, {
            cause: error,
          })
          failed.abort()
        }
        throw error
      })
      joined++
      clients[index] = client
      onConnected(client, index)
    }
  }
  await Promise.allSettled(Array.from({ length: Math.min(CONNECT_CONCURRENCY, rooms.length) }, lane))
  if (firstFailure) throw firstFailure
  return clients
}
