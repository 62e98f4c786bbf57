/** The one structured logger; silent in tests unless LOG_LEVEL says otherwise. */
import { pino, type Logger } from 'pino'

export type { Logger }

/** Creates the server's logger. Tokens never reach it: they are redacted wherever they appear. */
export function createLogger(
  level = process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
): Logger {
  return pino({
    level,
    redact: { paths: ['token', '*.token', 'req.headers.authorization', 'links'], censor: '[redacted]' },
  })
}
