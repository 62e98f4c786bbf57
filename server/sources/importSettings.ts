/** Settings of article import, read from the environment; defaults are in README.md "## Limits". */
import { z } from '../../shared/zod.ts'
import type { RateLimit } from '../limits/KeyedRateLimiter.ts'
import { parseAllowList } from './addressPolicy.ts'
import { DEFAULT_FETCH_SETTINGS, type FetchSettings } from './fetchArticle.ts'

const MiB = 1024 * 1024
const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback)

/** The environment variables of article import, with their defaults. */
export const importEnvSchema = z.object({
  URL_IMPORT_ALLOW_HOSTS: z.string().default(''),
  URL_IMPORT_TIMEOUT_MS: count(DEFAULT_FETCH_SETTINGS.timeoutMs),
  URL_IMPORT_MAX_BYTES: count(DEFAULT_FETCH_SETTINGS.maxBytes),
  SOURCE_UPLOAD_MAX_BYTES: count(10 * MiB),
  SOURCE_IMPORTS_PER_IP_PER_HOUR: count(120),
  SOURCE_IMPORT_BURST_PER_IP: count(20),
})

export interface ImportSettings {
  /** How URLs are fetched; `resolve` is the system resolver unless a test injects one. */
  fetch: FetchSettings
  /** The largest file upload, in bytes. */
  uploadMaxBytes: number
  /** Imports per remote address (uploads and URLs alike). */
  importsPerIp: RateLimit
}

/** The import settings from parsed environment variables; throws on a malformed allow-list. */
export function importSettingsFromEnv(e: z.infer<typeof importEnvSchema>): ImportSettings {
  return {
    fetch: {
      ...DEFAULT_FETCH_SETTINGS,
      allowHosts: parseAllowList(e.URL_IMPORT_ALLOW_HOSTS),
      timeoutMs: e.URL_IMPORT_TIMEOUT_MS,
      maxBytes: e.URL_IMPORT_MAX_BYTES,
    },
    uploadMaxBytes: e.SOURCE_UPLOAD_MAX_BYTES,
    importsPerIp: { burst: e.SOURCE_IMPORT_BURST_PER_IP, perSecond: e.SOURCE_IMPORTS_PER_IP_PER_HOUR / 3600 },
  }
}

/** The defaults, with some settings replaced (tests, embedding). */
export function importSettingsWith(overrides: Partial<z.input<typeof importEnvSchema>> = {}): ImportSettings {
  return importSettingsFromEnv(importEnvSchema.parse(overrides))
}
