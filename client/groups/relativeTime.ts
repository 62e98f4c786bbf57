/** "5 minutes ago" in the UI's language, for the time of a group's last card. */

const STEPS: readonly { unit: Intl.RelativeTimeFormatUnit; ms: number }[] = [
  { unit: 'day', ms: 86_400_000 },
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
]

/** How long ago `at` was, seen at `now`, in the largest whole unit; under a minute reads as "now". */
export function relativeTime(language: string, at: number, now: number): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
  // NOTE: the server's clock made `at`; a few seconds ahead of this one must not read "in 3 seconds".
  const elapsed = Math.max(0, now - at)
  const step = STEPS.find(({ ms }) => elapsed >= ms)
  return step ? format.format(-Math.floor(elapsed / step.ms), step.unit) : format.format(0, 'second')
}
