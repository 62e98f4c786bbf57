/** The phase timer's time left, read on the server's clock so that every screen shows the same. */
import { useCallback, useSyncExternalStore } from 'react'
import { remainingMs, type TimerState } from '../../shared/debate/session.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'

/** How often a running timer is read again; the display changes once a second at most. */
export const TICK_MS = 250

/** The provider's part that the timer reads: the server's clock and its 'clock' event. */
export type ClockSource = Pick<BoardProvider, 'serverNow' | 'on' | 'off'>

/**
 * Milliseconds left on `timer`, rounded up to whole seconds: re-read every TICK_MS while it runs
 * and whenever the provider's estimate of the server clock changes, but the component re-renders
 * only when the shown second changes.
 */
export function useTimeLeft(clock: ClockSource, timer: TimerState): number {
  const subscribe = useCallback(
    (listener: () => void) => {
      clock.on('clock', listener)
      const ticker = timer.status === 'running' ? setInterval(listener, TICK_MS) : undefined
      return () => {
        clock.off('clock', listener)
        clearInterval(ticker)
      }
    },
    [clock, timer],
  )
  const read = () => Math.ceil(remainingMs(timer, clock.serverNow()) / 1000) * 1000
  return useSyncExternalStore(subscribe, read)
}
