/** Server settings, read once from the environment and validated. */
import path from 'node:path'
import { z } from '../shared/zod.ts'
import { DEFAULT_REPLAY_SETTINGS, type ReplaySettings } from './replay/replayPolicy.ts'
import { limitsEnvSchema, limitsFromEnv, type Limits } from './limits/limitsConfig.ts'
import { importEnvSchema, importSettingsFromEnv, type ImportSettings } from './sources/importSettings.ts'

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')
  .optional()

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|$)/, 'must be a postgres:// (or postgresql://) connection URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^(rediss?:\/\/|$)/, 'must be a redis:// (or rediss://) connection URL')
    .optional(),
  REDIS_KEY_PREFIX: z.string().default('debate-board:'),
  PUBLIC_URL: z.url().optional(),
  ROOM_IDLE_MS: z.coerce.number().int().min(0).default(30_000),
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(500),
  COMPACT_AFTER_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(1024 * 1024),
  REQUIRE_TOKENS: flag,
  REPLAY_SNAPSHOT_INTERVAL_MS: z.coerce.number().int().min(1).default(DEFAULT_REPLAY_SETTINGS.intervalMs),
  REPLAY_SNAPSHOT_LIMIT: z.coerce.number().int().min(2).default(DEFAULT_REPLAY_SETTINGS.limit),
  ...limitsEnvSchema.shape,
  ...importEnvSchema.shape,
})

export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  /** A postgres:// URL: the boards live in PostgreSQL (several nodes may share it) instead of SQLite in dataDir. */
  databaseUrl?: string
  /**
   * A redis:// URL: this node joins the others that share it (and the same DATABASE_URL), with
   * `redisKeyPrefix` before each of its keys and streams.
   */
  redisUrl?: string
  redisKeyPrefix: string
  /** The origin printed in links; defaults to the address the server listens on. */
  publicUrl?: string
  /** How long a room with no clients stays in memory before it is flushed and unloaded. */
  roomIdleMs: number
  compactAfterUpdates: number
  compactAfterBytes: number
  /** When true, even the demo board needs a token. */
  requireTokens: boolean
  /** Replay snapshots of each board: the interval between periodic ones and how many a board keeps. */
  replay: ReplaySettings
  /** Every size and rate limit; README.md "## Limits" lists them with their defaults. */
  limits: Limits
  /** Article import: fetch limits and allow-list, upload size, rate per address. */
  sourceImport: ImportSettings
}

/** Reads the configuration from environment variables; throws a readable error on a bad value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`invalid configuration: ${problems.join('; ')}`)
  }
  const e = parsed.data
  // Nodes that each keep their own SQLite file would each hold a different board under one id.
  if (e.REDIS_URL && !e.DATABASE_URL)
    throw new Error('invalid configuration: REDIS_URL joins nodes that share one store; set DATABASE_URL too')
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    // An empty DATABASE_URL= (as a .env template leaves it) means unset, not an invalid URL.
    databaseUrl: e.DATABASE_URL || undefined,
    redisUrl: e.REDIS_URL || undefined,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    publicUrl: e.PUBLIC_URL,
    roomIdleMs: e.ROOM_IDLE_MS,
    compactAfterUpdates: e.COMPACT_AFTER_UPDATES,
    compactAfterBytes: e.COMPACT_AFTER_BYTES,
    requireTokens: e.REQUIRE_TOKENS ?? false,
    replay: { intervalMs: e.REPLAY_SNAPSHOT_INTERVAL_MS, limit: e.REPLAY_SNAPSHOT_LIMIT },
    limits: limitsFromEnv(e),
    sourceImport: importSettingsFromEnv(e),
  }
}

/** The configuration for tests and embedding: defaults with some fields (and some limits) replaced. */
export function configWith(
  overrides: Partial<Omit<ServerConfig, 'limits'>> & { limits?: Partial<Limits> },
): ServerConfig {
  const defaults = readConfig({})
  return { ...defaults, ...overrides, limits: { ...defaults.limits, ...overrides.limits } }
}
