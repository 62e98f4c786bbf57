/**
 * An address limit counted in Redis (rate-limiter-flexible), for nodes that share one. A module of
 * its own so that a single node never loads rate-limiter-flexible.
 */
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import type { RedisClient } from '../cluster/joinCluster.ts'
import type { Logger } from '../log.ts'
import { localAddressLimiter, type AddressLimiter } from './addressLimiter.ts'
import type { RateLimit } from './KeyedRateLimiter.ts'

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
