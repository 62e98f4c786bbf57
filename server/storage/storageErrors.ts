/**
 * Storage failures a person can act on, told apart from the rest whatever the store: a full disk
 * answers STORAGE_FULL (HTTP 503 with Retry-After), not a bare INTERNAL.
 */
import { BoardError, ErrorCode } from '../../shared/errors.ts'

/** The error codes that mean "no space left", by where they come from. */
const STORAGE_FULL_CODES: ReadonlySet<string> = new Set([
  // better-sqlite3: the database or disk is full (also when PRAGMA max_page_count is reached).
  'SQLITE_FULL',
  // node-postgres: SQLSTATE 53100 disk_full.
  '53100',
  // Node's own file writes.
  'ENOSPC',
])

/** How long a client should wait before trying again: space is freed by a person, not in seconds. */
export const STORAGE_FULL_RETRY_AFTER_SECONDS = 300

/** Whether `error` says the store has no space left. */
export function isStorageFull(error: unknown): boolean {
  if (error instanceof BoardError) return error.code === ErrorCode.StorageFull
  const code = (error as { code?: unknown } | null | undefined)?.code
  return typeof code === 'string' && STORAGE_FULL_CODES.has(code)
}

/** The BoardError a person sees for a storage failure they can act on; undefined for any other error. */
export function storageFailure(error: unknown): BoardError | undefined {
  if (!isStorageFull(error)) return undefined
  return new BoardError(
    ErrorCode.StorageFull,
    "The server's storage is full, so nothing new can be saved. Tell whoever runs this server, and try again later.",
  )
}
