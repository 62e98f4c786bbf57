/** Every size and rate limit of the server, read from the environment; defaults are in README.md. */
import { z } from '../../shared/zod.ts'
import type { RateLimit } from './KeyedRateLimiter.ts'

const MiB = 1024 * 1024
const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback)

/** The environment variables of the limits, with their defaults. */
export const limitsEnvSchema = z.object({
  MAX_UPDATE_BYTES: count(2 * MiB),
  MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).optional(),
  MAX_DOCUMENT_BYTES: count(20 * MiB),
  MAX_CARDS_PER_BOARD: count(5_000),
  MAX_SOURCES_PER_BOARD: count(50),
  SOCKET_MESSAGES_PER_SECOND: count(150),
  SOCKET_MESSAGE_BURST: count(500),
  SOCKET_BYTES_PER_SECOND: count(2 * MiB),
  SOCKET_BYTE_BURST: count(8 * MiB),
  SOCKET_FLOOD_DISCONNECT_AFTER: count(1_000),
  CONNECTIONS_PER_IP_PER_MINUTE: count(1200),
  CONNECTION_BURST_PER_IP: count(400),
  BOARDS_PER_IP_PER_HOUR: count(20),
  JSON_BODY_LIMIT_BYTES: count(16 * 1024),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  CORS_ORIGINS: z.string().default(''),
})

export interface Limits {
  /** The largest single Yjs update accepted, in bytes. */
  maxUpdateBytes: number
  /** socket.io's maxHttpBufferSize: the largest message of any kind; larger ones close the connection. */
  maxMessageBytes: number
  /** The largest a board's stored state may grow to, in bytes. */
  maxDocumentBytes: number
  maxCardsPerBoard: number
  maxSourcesPerBoard: number
  /** Messages one socket may send. */
  socketMessages: RateLimit
  /** Bytes one socket may send; the burst is never below maxMessageBytes. */
  socketBytes: RateLimit
  /** A socket is disconnected when more than this many of its messages are dropped within 10 s. */
  socketFloodDisconnectAfter: number
  /** New socket connections per remote address. */
  connections: RateLimit
  /** Boards one remote address may create in an hour. */
  boardsPerIpPerHour: number
  /** The largest JSON request body, in bytes. */
  jsonBodyLimitBytes: number
  /** How many reverse proxies in front of the server to trust for X-Forwarded-For (0: none). */
  trustProxyHops: number
  /** Origins allowed to call the API from another site (CORS); empty: none. */
  corsOrigins: string[]
}

/** The limits from parsed environment variables. */
export function limitsFromEnv(e: z.infer<typeof limitsEnvSchema>): Limits {
  const maxMessageBytes = e.MAX_MESSAGE_BYTES ?? e.MAX_UPDATE_BYTES + 64 * 1024
  return {
    maxUpdateBytes: e.MAX_UPDATE_BYTES,
    maxMessageBytes,
    maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
    maxCardsPerBoard: e.MAX_CARDS_PER_BOARD,
    maxSourcesPerBoard: e.MAX_SOURCES_PER_BOARD,
    socketMessages: { burst: e.SOCKET_MESSAGE_BURST, perSecond: e.SOCKET_MESSAGES_PER_SECOND },
    socketBytes: {
      burst: Math.max(e.SOCKET_BYTE_BURST, maxMessageBytes),
      perSecond: e.SOCKET_BYTES_PER_SECOND,
    },
    socketFloodDisconnectAfter: e.SOCKET_FLOOD_DISCONNECT_AFTER,
    connections: { burst: e.CONNECTION_BURST_PER_IP, perSecond: e.CONNECTIONS_PER_IP_PER_MINUTE / 60 },
    boardsPerIpPerHour: e.BOARDS_PER_IP_PER_HOUR,
    jsonBodyLimitBytes: e.JSON_BODY_LIMIT_BYTES,
    trustProxyHops: e.TRUST_PROXY,
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
  }
}
