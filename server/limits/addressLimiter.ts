/**
 * A limit per remote address that holds for the whole deployment: counted in this process on a
 * single node, in Redis when nodes share one (redisAddressLimiter.ts, loaded only then), so that
 * spreading connections or board creations over the nodes does not multiply the allowance.
 */
import { KeyedRateLimiter, type RateLimit } from './KeyedRateLimiter.ts'

export interface AddressLimiter {
  /** Counts one event for `address`; false when it is over the limit. */
  take(address: string): Promise<boolean>
}

/** The limit counted in this process only (one node, or Redis unreachable). */
export function localAddressLimiter(limit: RateLimit): AddressLimiter {
  const limiter = new KeyedRateLimiter(limit)
  return { take: (address) => Promise.resolve(limiter.take(address)) }
}
