import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { throttleTrailing } from '../../../client/follow/throttle.ts'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('throttleTrailing', () => {
  it('calls at once, then at most once per interval, always ending on the last arguments', () => {
    const calls: number[] = []
    const publish = throttleTrailing((n: number) => calls.push(n), 50)
    publish(1)
    publish(2)
    publish(3)
    expect(calls).toEqual([1])
    vi.advanceTimersByTime(50)
    expect(calls).toEqual([1, 3])
    vi.advanceTimersByTime(500)
    publish(4)
    expect(calls).toEqual([1, 3, 4])
  })

  it('drops a pending call when cancelled', () => {
    const calls: number[] = []
    const publish = throttleTrailing((n: number) => calls.push(n), 50)
    publish(1)
    publish(2)
    publish.cancel()
    vi.advanceTimersByTime(100)
    expect(calls).toEqual([1])
  })
})
