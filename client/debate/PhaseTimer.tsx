/** The phase's time left: mm:ss on the server's clock, urgent in the last 30 s, "Time is up" with a beep at the end. */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TimerState } from '../../shared/debate/session.ts'
import { formatClock, isUrgent } from './clockText.ts'
import { playBeep, unlockAudioOnGesture } from './timeUpBeep.ts'
import { useTimeLeft, type ClockSource } from './useTimeLeft.ts'

interface PhaseTimerProps {
  clock: ClockSource
  timer: TimerState
}

export function PhaseTimer({ clock, timer }: PhaseTimerProps) {
  const { t } = useTranslation('debate')
  const timeLeft = useTimeLeft(clock, timer)
  // The server stops a timer that locks the board at its end: paused at zero is time up too.
  const over = timer.status !== 'idle' && timeLeft === 0
  useBeepWhenOver(over)
  useEffect(unlockAudioOnGesture, [])
  // A phase without a duration (a result) has no timer until the moderator adds time.
  if (timer.status === 'idle' && timer.remainingMs === 0) return null
  const state = over ? 'over' : timer.status
  const urgent = timer.status === 'running' && isUrgent(timeLeft)
  return (
    <span
      className={`phase-timer phase-timer-${state}${urgent ? ' phase-timer-urgent' : ''}`}
      data-testid="phase-timer"
      data-state={state}
      data-urgent={urgent}
    >
      <span className="visually-hidden">{t('timerLabel')} </span>
      {/* role=timer is not announced as it ticks; the end is, by the alert below. */}
      <span role="timer" className="phase-timer-value" data-testid="phase-timer-value">
        {over ? t('timeUp') : formatClock(timeLeft)}
      </span>
      {timer.status === 'paused' && !over && <span className="phase-timer-note"> ({t('timerPaused')})</span>}
      <span className="visually-hidden" role="alert">
        {over ? t('timeUp') : ''}
      </span>
    </span>
  )
}

/**
 * Beeps when the time runs out while this screen watches, not when it opens on a phase whose time
 * was already up (a reload must not beep).
 */
function useBeepWhenOver(over: boolean) {
  const wasOver = useRef(over)
  useEffect(() => {
    if (over && !wasOver.current) playBeep()
    wasOver.current = over
  }, [over])
}
