/** One token bucket per key (a remote address), forgetting keys whose bucket has refilled. */
import { TokenBucket } from './TokenBucket.ts'

export interface RateLimit {
  /** How many may happen at once. */
  burst: number
  /** How many per second may happen in the long run. */
  perSecond: number
}

const SWEEP_INTERVAL_MS = 60_000

export class KeyedRateLimiter {
  private readonly buckets = new Map<string, TokenBucket>()
  private lastSweepAt: number

  constructor(
    private readonly limit: RateLimit,
    now = Date.now(),
  ) {
    this.lastSweepAt = now
  }

  /** Counts one event for `key`; false when `key` is over its limit. */
  take(key: string, now = Date.now()): boolean {
    this.sweep(now)
    let bucket = this.buckets.get(key)
    if (!bucket) {
      bucket = new TokenBucket(this.limit.burst, this.limit.perSecond, now)
      this.buckets.set(key, bucket)
    }
    return bucket.take(1, now)
  }

  /** Forgets `key` at once, e.g. a socket that has closed. */
  forget(key: string): void {
    this.buckets.delete(key)
  }

  /** How many keys are remembered now. */
  get size(): number {
    return this.buckets.size
  }

  // Swept lazily, at most once a minute, so that no timer outlives the server.
  private sweep(now: number) {
    if (now - this.lastSweepAt < SWEEP_INTERVAL_MS) return
    this.lastSweepAt = now
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key)
  }
}
