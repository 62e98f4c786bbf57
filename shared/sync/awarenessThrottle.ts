/** Sends a client's own presence as it changes, no more often than an interval allows. */
import * as awarenessProtocol from 'y-protocols/awareness'

type AwarenessChange = Record<'added' | 'updated' | 'removed', number[]>

/** Sends the local awareness state on every local change, at most once per interval, the latest always. */
export class AwarenessThrottle {
  private timer: ReturnType<typeof setTimeout> | undefined
  private lastSentAt = 0

  /** `remoteOrigin` tags updates that came from the server, which are not sent back. */
  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly intervalMs: number,
    private readonly send: (update: Uint8Array) => void,
    private readonly remoteOrigin: unknown,
  ) {
    awareness.on('update', this.onUpdate)
  }

  /** Sends the local state now, in place of any pending send. */
  flush(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.lastSentAt = Date.now()
    this.send(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.awareness.clientID]))
  }

  /** Withdraws the local state, sends that at once, and stops watching. */
  destroy(): void {
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.awareness.clientID], 'local')
    this.flush()
    this.awareness.off('update', this.onUpdate)
  }

  private readonly onUpdate = (change: AwarenessChange, origin: unknown) => {
    if (origin === this.remoteOrigin || this.timer) return
    if (!Object.values(change).some((ids) => ids.includes(this.awareness.clientID))) return
    // Changes inside the interval merge into one send at its end, which encodes the state then.
    const wait = this.lastSentAt + this.intervalMs - Date.now()
    if (wait <= 0) this.flush()
    else this.timer = setTimeout(() => this.flush(), wait)
  }
}
