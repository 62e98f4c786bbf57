/** How the phase timer reads: mm:ss (h:mm:ss past an hour), and when it turns urgent. */

/** The last stretch of a phase, in which the timer turns urgent. */
export const URGENT_MS = 30_000

/**
 * The time left as the timer shows it. Seconds round up, so that "00:00" appears only once the time
 * is really up and the last second reads "00:01".
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const mmss = `${pad(minutes)}:${pad(seconds)}`
  return hours > 0 ? `${hours}:${mmss}` : mmss
}

/** Whether a running timer with `ms` left should look urgent (but not yet over). */
export function isUrgent(ms: number): boolean {
  return ms > 0 && ms <= URGENT_MS
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
