/** The one structured logger; silent in tests unless LOG_LEVEL says otherwise. */
import { pino, type DestinationStream, type Logger } from 'pino'

export type { Logger }

/**
 * Every place a token or a link (which holds one) could sit in a log line. NOTE: pino matches
 * paths, not values: code must log tokens under one of these names or, better, not at all.
 */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'auth.token',
  '*.auth.token',
  'handshake.auth',
  '*.handshake.auth',
  'tokens',
  '*.tokens',
  'link',
  '*.link',
  'links',
  '*.links',
  'authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
]

/** Creates the server's logger; `destination` lets a test read what would be written. */
export function createLogger(
  level = process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  destination?: DestinationStream,
): Logger {
  const options = { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }
  return destination ? pino(options, destination) : pino(options)
}
