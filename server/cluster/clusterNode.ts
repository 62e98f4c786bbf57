/**
 * What a node joined to others through Redis adds: the cluster link and the limits counted in Redis.
 * startServer imports this module only when REDIS_URL is set, so that a single node never loads
 * node-redis, its adapter or rate-limiter-flexible (about 700 modules, 20 MB of memory).
 */
import type { ServerConfig } from '../config.ts'
import type { AddressLimiter } from '../limits/addressLimiter.ts'
import { redisAddressLimiter } from '../limits/redisAddressLimiter.ts'
import type { Logger } from '../log.ts'
import { Cluster } from './joinCluster.ts'

export interface ClusterNode {
  cluster: Cluster
  /** The limits that must hold across every node, counted in Redis. */
  limiters: { connections: AddressLimiter; boardCreations: AddressLimiter }
}

/** Connects to `redisUrl` and makes the node's shared limiters. */
export async function joinClusterNode(
  config: ServerConfig & { redisUrl: string },
  logger: Logger,
): Promise<ClusterNode> {
  const cluster = await Cluster.connect(
    { redisUrl: config.redisUrl, keyPrefix: config.redisKeyPrefix },
    logger,
  )
  return { cluster, limiters: globalLimiters(cluster, config, logger) }
}

function globalLimiters(cluster: Cluster, config: ServerConfig, logger: Logger): ClusterNode['limiters'] {
  const prefix = `${config.redisKeyPrefix}limit:`
  const { connections, boardsPerIpPerHour } = config.limits
  return {
    connections: redisAddressLimiter(cluster.redis, `${prefix}connections`, connections, logger),
    boardCreations: redisAddressLimiter(
      cluster.redis,
      `${prefix}boards`,
      { burst: boardsPerIpPerHour, perSecond: boardsPerIpPerHour / 3600 },
      logger,
    ),
  }
}
