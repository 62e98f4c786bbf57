/** At most one call per interval, the last one always made: a published position must end where it stopped. */

export interface Throttled<A extends unknown[]> {
  (...args: A): void
  /** Drops a pending call. */
  cancel(): void
}

/** `fn` called at once, then at most once per `intervalMs` with the latest arguments. */
export function throttleTrailing<A extends unknown[]>(
  fn: (...args: A) => void,
  intervalMs: number,
  now: () => number = Date.now,
): Throttled<A> {
  let lastAt = -Infinity
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: A | undefined
  const run = () => {
    timer = undefined
    lastAt = now()
    const args = pending!
    pending = undefined
    fn(...args)
  }
  const throttled = (...args: A) => {
    pending = args
    if (timer) return
    const wait = lastAt + intervalMs - now()
    if (wait <= 0) run()
    else timer = setTimeout(run, wait)
  }
  throttled.cancel = () => {
    clearTimeout(timer)
    timer = undefined
    pending = undefined
  }
  return throttled
}
