/** The server's clock, measured from a client over its socket (see shared/debate/clock.ts). */
import { estimateClockOffset, type ClockSample } from '../debate/clock.ts'

/** Asks the server's time; resolves with it, or rejects when no answer comes. */
export type AskServerTime = () => Promise<number>

/** How many round trips one measurement takes: the shortest wins. */
const SAMPLES = 4

export class ServerClock {
  private offset = 0
  private measuring: Promise<void> | undefined

  constructor(
    private readonly ask: AskServerTime,
    /** The client's own clock; a test gives a skewed one. */
    private readonly localNow: () => number = Date.now,
  ) {}

  /** The server's time now, in ms since the epoch, as well as this client can tell. */
  now(): number {
    return this.localNow() + this.offset
  }

  /** The offset added to the local clock (ms). */
  get offsetMs(): number {
    return this.offset
  }

  /** Measures the offset again (on every new connection); a failed round trip keeps the last estimate. */
  measure(): Promise<void> {
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
        break
      }
    }
    if (samples.length > 0) this.offset = estimateClockOffset(samples)
  }
}
