/** A token bucket: holds at most `capacity` tokens and regains `refillPerSecond` of them each second. */
export class TokenBucket {
  private tokens: number
  private updatedAt: number

  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
    now = Date.now(),
  ) {
    this.tokens = capacity
    this.updatedAt = now
  }

  /** Takes `cost` tokens if the bucket holds that many; false (and nothing taken) otherwise. */
  take(cost = 1, now = Date.now()): boolean {
    this.refill(now)
    if (this.tokens < cost) return false
    this.tokens -= cost
    return true
  }

  /** Whether `cost` tokens could be taken now, without taking them. */
  has(cost = 1, now = Date.now()): boolean {
    this.refill(now)
    return this.tokens >= cost
  }

  /** Whether the bucket has refilled completely, i.e. it is as good as a new one and can be forgotten. */
  isFull(now = Date.now()): boolean {
    this.refill(now)
    return this.tokens >= this.capacity
  }

  private refill(now: number) {
    // A clock that steps back must not drain the bucket.
    const elapsedMs = Math.max(0, now - this.updatedAt)
    this.tokens = Math.min(this.capacity, this.tokens + (elapsedMs / 1000) * this.refillPerSecond)
    this.updatedAt = now
  }
}
