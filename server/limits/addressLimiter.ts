/**
 * A limit per remote address that holds for the whole deployment: counted in this process on a
 * single node, in Redis (rate-limiter-flexible) when nodes share one, so that spreading connections
 * or board creations over the nodes does not multiply the allowance.
 */
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import type { RedisClient } from '../cluster/joinCluster.ts'
import type { Logger } from '../log.ts'
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

/**
 * The limit counted in Redis under `keyPrefix`: `burst` events in each window of burst / perSecond
 * seconds (a fixed window, rate-limiter-flexible's, in place of the local token bucket). While Redis
 * does not answer, each node counts alone rather than refusing everyone.
 */
export function redisAddressLimiter(
  redis: RedisClient,
  keyPrefix: string,
  limit: RateLimit,
  logger: Logger,
): AddressLimiter {
  const fallback = localAddressLimiter(limit)
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    useRedisPackage: true,
    keyPrefix,
    points: limit.burst,
    duration: Math.max(1, Math.round(limit.burst / limit.perSecond)),
  })
  return {
    take: async (address) => {
      try {
        await limiter.consume(address)
        return true
      } catch (error) {
        if (error instanceof RateLimiterRes) return false
        logger.warn({ err: error }, 'Redis could not count a limit; counting on this node')
        return fallback.take(address)
      }
    },
  }
}
