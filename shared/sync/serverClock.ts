/** The server's clock, measured from a client over its socket (see shared/debate/clock.ts). */
import { estimateClockOffset, type ClockSample } from '../debate/clock.ts'

/** Asks the server's time; resolves with it, or rejects when no answer comes. */
export type AskServerTime = () => Promise<number>

/** How many round trips one measurement takes: the shortest wins. */
const SAMPLES = 4

/**
 * Measured lazily: only a board that shows a timer asks the server's time, and only once per
 * connection, so that plain boards spend none of their message budget on it.
 */
export class ServerClock {
  private offset = 0
  private measuring: Promise<void> | undefined
  private stale = true

  constructor(
    private readonly ask: AskServerTime,
    /** The client's own clock; a test gives a skewed one. */
    private readonly localNow: () => number = Date.now,
    /** Called when a measurement changed the offset. */
    private readonly onChange: () => void = () => {},
  ) {}

  /** The server's time now, in ms since the epoch, as well as this client can tell (measuring it if due). */
  now(): number {
    if (this.stale) void this.measure()
    return this.localNow() + this.offset
  }

  /** A new connection: the next reading measures again. */
  invalidate(): void {
    this.stale = true
  }

  /** The offset added to the local clock (ms). */
  get offsetMs(): number {
    return this.offset
  }

  /** Measures the offset now; a failed round trip keeps the last estimate (and the next reading retries). */
  measure(): Promise<void> {
    this.stale = false
    this.measuring ??= this.sample().finally(() => (this.measuring = undefined))
    return this.measuring
  }

  private async sample() {
    const samples: ClockSample[] = []
    for (let i = 0; i < SAMPLES; i++) {
      const sentAt = this.localNow()
      try {
        const serverNow = await this.ask()
        samples.push({ sentAt, serverNow, receivedAt: this.localNow() })
      } catch {
        this.stale = true
        break
      }
    }
    if (samples.length === 0) return
    this.offset = estimateClockOffset(samples)
    this.onChange()
  }
}
