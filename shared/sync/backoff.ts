/** Exponential backoff with jitter, for reconnecting after a refusal or a lost connection. */

export interface BackoffOptions {
  /** The longest first wait, in ms (default 1 s). */
  initialMs?: number
  /** The cap on any wait, in ms (default 30 s). */
  maxMs?: number
}

/**
 * The wait before retry number `attempt` (0 for the first): the capped exponential delay, half of it
 * fixed and half random, so that a crowd refused at once does not come back at once.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, random = Math.random): number {
  const initial = options.initialMs ?? 1_000
  const max = options.maxMs ?? 30_000
  const capped = Math.min(max, initial * 2 ** Math.min(attempt, 30))
  return Math.round(capped / 2 + (random() * capped) / 2)
}
