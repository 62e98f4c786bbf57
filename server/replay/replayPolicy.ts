/**
 * When a board's replay snapshot is taken and which ones go when there are too many (pure, table-tested
 * in tests/unit/replay/replayPolicy.test.ts). RoomReplay carries the decisions out.
 */

/** How often and how many: REPLAY_SNAPSHOT_INTERVAL_MS and REPLAY_SNAPSHOT_LIMIT. */
export interface ReplaySettings {
  /** The least time between two periodic snapshots (a phase change takes one whenever it happens). */
  intervalMs: number
  /** The most snapshots one board keeps. */
  limit: number
}

export const DEFAULT_REPLAY_SETTINGS: ReplaySettings = { intervalMs: 3 * 60 * 1000, limit: 200 }

/** What the periodic check knows when its timer fires. */
export interface PeriodicCheck {
  /** Whether the board document changed (an insert or a deletion) since the last snapshot. */
  changed: boolean
  now: number
  /** When the last snapshot of this room was taken, if any. */
  lastAt: number | undefined
  intervalMs: number
}

/** A periodic snapshot is due once the board changed and the interval has passed since the last one. */
export function periodicSnapshotDue({ changed, now, lastAt, intervalMs }: PeriodicCheck): boolean {
  if (!changed) return false
  return lastAt === undefined || now - lastAt >= intervalMs
}

/** What thinning needs to know of a stored snapshot. */
export interface ThinnedSnapshot {
  seq: number
  phaseId?: string
}

/**
 * The seqs to delete so that at most `limit` snapshots stay: the oldest periodic ones first (phase
 * changes are the timeline's marks), then, when only phase snapshots are left, the oldest of those.
 * The newest snapshot always stays.
 */
export function snapshotsToThin(snapshots: readonly ThinnedSnapshot[], limit: number): number[] {
  const excess = snapshots.length - Math.max(1, limit)
  if (excess <= 0) return []
  const ordered = [...snapshots].sort((a, b) => a.seq - b.seq)
  const candidates = ordered.slice(0, -1)
  const periodic = candidates.filter((snapshot) => snapshot.phaseId === undefined)
  const phased = candidates.filter((snapshot) => snapshot.phaseId !== undefined)
  return [...periodic, ...phased].slice(0, excess).map((snapshot) => snapshot.seq)
}
