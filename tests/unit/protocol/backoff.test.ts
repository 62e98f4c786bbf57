/** The reconnection delay: one row per attempt, each checked at both ends of the jitter. */
import { describe, expect, it } from 'vitest'
import { backoffDelay } from '../../../shared/sync/backoff.ts'

const options = { initialMs: 200, maxMs: 2_000 }

/** The capped exponential delay of each attempt: doubling from 200 ms, then 2 s for good. */
const rows: { attempt: number; capped: number }[] = [
  { attempt: 0, capped: 200 },
  { attempt: 1, capped: 400 },
  { attempt: 2, capped: 800 },
  { attempt: 3, capped: 1_600 },
  { attempt: 4, capped: 2_000 },
  { attempt: 5, capped: 2_000 },
  { attempt: 40, capped: 2_000 },
  { attempt: 10_000, capped: 2_000 },
]

describe('backoffDelay', () => {
  it.each(rows)(
    '[SY27] attempt $attempt waits between half of $capped ms and $capped ms',
    ({ attempt, capped }) => {
      expect(backoffDelay(attempt, options, () => 0)).toBe(capped / 2)
      expect(backoffDelay(attempt, options, () => 0.5)).toBe((capped * 3) / 4)
      // Math.random() never returns 1; its largest value still stays within the cap.
      expect(backoffDelay(attempt, options, () => 1 - Number.EPSILON)).toBe(capped)
    },
  )

  it('[SY27] each wait doubles the one before until the cap, then stays there', () => {
    const fixed = (attempt: number) => backoffDelay(attempt, options, () => 1 - Number.EPSILON)
    for (let attempt = 1; attempt < 4; attempt++) expect(fixed(attempt)).toBe(2 * fixed(attempt - 1))
    for (let attempt = 5; attempt < 12; attempt++) expect(fixed(attempt)).toBe(options.maxMs)
  })

  it('[SY27] random waits stay within [capped/2, capped] and spread over the range', () => {
    const delays = Array.from({ length: 2_000 }, () => backoffDelay(6, options))
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(1_000)
      expect(delay).toBeLessThanOrEqual(2_000)
    }
    // A crowd refused at once must not come back at once: the waits cover the range.
    expect(Math.min(...delays)).toBeLessThan(1_100)
    expect(Math.max(...delays)).toBeGreaterThan(1_900)
  })

  it('[SY27] the defaults wait about 1 s first and never more than 30 s', () => {
    const first = backoffDelay(0)
    expect(first).toBeGreaterThanOrEqual(500)
    expect(first).toBeLessThanOrEqual(1_000)
    expect(backoffDelay(100, {}, () => 1 - Number.EPSILON)).toBe(30_000)
    expect(backoffDelay(100, {}, () => 0)).toBe(15_000)
  })
})
