/**
 * Others' presence, kept while the server vouches for it. y-protocols drops a remote presence that
 * has not been renewed for 30 s, but our server does not relay every renewal in a big room (it would
 * cost n² / 15 messages a second); it relays every change, every departure and every presence that
 * timed out on its side instead. So while connected, the presence heard from it stays.
 */
import { outdatedTimeout, removeAwarenessStates, type Awareness } from 'y-protocols/awareness'

/** How often the presence heard is marked fresh: well inside y-protocols' timeout and its 3 s check. */
export const KEEP_ALIVE_INTERVAL_MS = outdatedTimeout / 3

/** Marks every presence but this client's own as just heard, so that y-protocols' timeout spares it. */
export function keepOthersAlive(awareness: Awareness, now = Date.now()): void {
  for (const [clientId, meta] of awareness.meta) {
    if (clientId !== awareness.clientID && awareness.states.has(clientId)) meta.lastUpdated = now
  }
}

/**
 * Drops others' presence (`origin` tags the change) and forgets their clocks: the server's greeting on
 * the next connection may carry the very clock heard before (in a big room it does not relay renewals),
 * which y-protocols would otherwise ignore as old.
 */
export function forgetOthers(awareness: Awareness, origin: unknown): void {
  const others = [...awareness.meta.keys()].filter((id) => id !== awareness.clientID)
  removeAwarenessStates(awareness, others, origin)
  for (const id of others) awareness.meta.delete(id)
}

/** Keeps others' presence alive from `start()` until `stop()` (connected to disconnected). */
export class PresenceKeepAlive {
  private timer: ReturnType<typeof setInterval> | undefined

  constructor(private readonly awareness: Awareness) {}

  start(): void {
    this.stop()
    this.timer = setInterval(() => keepOthersAlive(this.awareness), KEEP_ALIVE_INTERVAL_MS)
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }
}
