/** Runs work when the browser is idle, or soon anyway: a busy page must not hold it back for long. */

/** The longest wait for an idle moment before the work runs regardless. */
const IDLE_TIMEOUT_MS = 200

/** Calls `work` in an idle moment (within IDLE_TIMEOUT_MS); the returned function cancels it. */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS })
    return () => cancelIdleCallback(handle)
  }
  // Safari has no requestIdleCallback: a timer still lets a frame and input through between steps.
  const timer = setTimeout(work, 16)
  return () => clearTimeout(timer)
}
