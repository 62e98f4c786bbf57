/**
 * Nodes joined through Redis (REDIS_URL): socket.io's Redis Streams adapter carries every node's
 * stored updates, presence and token revocations to the others, which apply them to the boards they
 * have loaded. Storage is shared (PostgreSQL), so a node that loads a board later reads it whole.
 */
import { createAdapter } from '@socket.io/redis-streams-adapter'
import { createClient } from 'redis'
import { toBytes } from '../../shared/protocol.ts'
import type { Role } from '../../shared/access.ts'
import type { Logger } from '../log.ts'
import { disconnectRoleSockets } from '../rooms/attachSocketServer.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardServer } from '../rooms/types.ts'
import type { RoomLink } from './RoomLink.ts'

/** A node-redis client, as this module makes it. */
export type RedisClient = ReturnType<typeof newRedisClient>

function newRedisClient(url: string) {
  return createClient({ url })
}

export interface ClusterSettings {
  redisUrl: string
  /** Put before every Redis key and stream of this deployment (tests use one per run). */
  keyPrefix: string
}

/** How long a timer's "acted on" mark is kept: long past any clock skew between nodes. */
const CLAIM_TTL_MS = 60 * 60 * 1000

export class Cluster {
  /** The link every room of this node is given; it publishes once `attach` has an io server. */
  readonly link: RoomLink
  private io: BoardServer | undefined

  private constructor(
    readonly redis: RedisClient,
    private readonly settings: ClusterSettings,
    private readonly logger: Logger,
  ) {
    this.link = {
      publishUpdate: (boardId, doc, update, writer) =>
        this.io?.serverSideEmit('board-update', boardId, doc, update, writer ?? null),
      publishPresence: (boardId, update, sender, left) =>
        this.io?.serverSideEmit('board-presence', boardId, update, sender, left),
      claimOnce: (key) => this.claimOnce(key),
    }
  }

  /** Connects to Redis; rejects with a readable error when it does not answer. */
  static async connect(settings: ClusterSettings, logger: Logger): Promise<Cluster> {
    const redis = newRedisClient(settings.redisUrl)
    redis.on('error', (error: unknown) => logger.warn({ err: error }, 'Redis connection error'))
    try {
      await redis.connect()
    } catch (error) {
      throw new Error(`REDIS_URL ${settings.redisUrl} does not answer: ${String(error)}`, { cause: error })
    }
    return new Cluster(redis, settings, logger.child({ cluster: true }))
  }

  /** Puts the adapter on the io server and applies what the other nodes send to this node's rooms. */
  attach(io: BoardServer, registry: RoomRegistry): void {
    const stream = `${this.settings.keyPrefix}socket.io`
    io.adapter(createAdapter(this.redis, { streamName: stream, channelPrefix: stream }))
    this.io = io
    io.on('board-update', (boardId, doc, payload, writer) => {
      const update = toBytes(payload)
      if (typeof doc !== 'string' || !update) return
      void registry
        .roomIfPresent(boardId)
        ?.then((room) => room.receiveRemote(doc, update, writer ?? undefined))
        .catch((error: unknown) => this.logger.warn({ err: error, boardId }, 'remote update not applied'))
    })
    io.on('board-presence', (boardId, payload, sender, left) => {
      const update = toBytes(payload)
      if (!update) return
      void registry
        .roomIfPresent(boardId)
        ?.then((room) => room.receiveRemotePresence(update, sender, left))
        .catch((error: unknown) => this.logger.debug({ err: error, boardId }, 'remote presence not applied'))
    })
    // A node that loads a board later missed its presence so far; the others repeat theirs.
    registry.on('loaded', (boardId) => io.serverSideEmit('presence-wanted', boardId))
    io.on('presence-wanted', (boardId) => {
      void registry
        .roomIfPresent(boardId)
        ?.then((room) => room.republishPresence())
        .catch(() => undefined)
    })
    io.on('revoke-role', (boardId, role) => void disconnectRoleSockets(io, boardId, role))
  }

  /** Disconnects the holders of a replaced token on this node and tells every other node to do the same. */
  disconnectRole(boardId: string, role: Role): number {
    if (!this.io) return 0
    this.io.serverSideEmit('revoke-role', boardId, role)
    return disconnectRoleSockets(this.io, boardId, role)
  }

  /** True for the first node to ask about `key`, false for every other (SET NX in Redis). */
  private async claimOnce(key: string): Promise<boolean> {
    try {
      const set = await this.redis.set(`${this.settings.keyPrefix}once:${key}`, '1', {
        condition: 'NX',
        expiration: { type: 'PX', value: CLAIM_TTL_MS },
      })
      return set === 'OK'
    } catch (error) {
      // Acting twice (the same lock written by two nodes) beats never acting.
      this.logger.warn({ err: error, key }, 'Redis could not settle who acts; acting here')
      return true
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined)
  }
}
