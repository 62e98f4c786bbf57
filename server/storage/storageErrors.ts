/** Recognises the storage failures a caller answers differently from a bug (STORAGE_FULL, 503). */

/**
 * The codes a full disk shows up as: PostgreSQL's disk_full SQLSTATE, better-sqlite3's SQLITE_FULL,
 * and Node's ENOSPC (a file write, or SQLite failing to grow its WAL).
 */
const STORAGE_FULL_CODES: ReadonlySet<string> = new Set(['53100', 'SQLITE_FULL', 'ENOSPC'])

/** True when `error` says the store's disk (or quota) is full, whichever store threw it. */
export function isStorageFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false
  return typeof error.code === 'string' && STORAGE_FULL_CODES.has(error.code)
}
