/**
 * Others' presence, kept while the server vouches for it. y-protocols drops a remote presence that
 * has not been renewed for 30 s, but our server does not relay every renewal in a big room (it would
 * cost n² / 15 messages a second); it relays every change, every departure and every presence that
 * timed out on its side instead. So while connected, the presence heard from it stays.
 */
import { outdatedTimeout, removeAwarenessStates, type Awareness } from 'y-protocols/awareness'

/** How often the presence heard is marked fresh: well inside y-protocols' timeout and its 3 s check. */
export const KEEP_ALIVE_INTERVAL_MS = outdatedTimeout / 3

/**
 * How far ahead the presence heard is marked fresh. A hidden tab's timers may run only once a minute
 * (Chrome's intensive throttling), y-protocols' check possibly just before ours: marked only "now",
 * everyone unchanged would be dropped at that wake, and a big room relays them again only when due.
 */
export const KEEP_ALIVE_AHEAD_MS = 2 * outdatedTimeout

/**
 * Marks every presence but this client's own as heard `aheadMs` after `now` (default: fresh until the
 * next minute's timers of a hidden tab have run), so that y-protocols' timeout spares it.
 */
export function keepOthersAlive(awareness: Awareness, now = Date.now(), aheadMs = KEEP_ALIVE_AHEAD_MS): void {
  for (const [clientId, meta] of awareness.meta) {
    if (clientId !== awareness.clientID && awareness.states.has(clientId)) meta.lastUpdated = now + aheadMs
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

  /** Stops; others' presence is marked heard now, so that y-protocols' own timeout applies from here. */
  stop(): void {
    if (this.timer !== undefined) keepOthersAlive(this.awareness, Date.now(), 0)
    clearInterval(this.timer)
    this.timer = undefined
  }
}
