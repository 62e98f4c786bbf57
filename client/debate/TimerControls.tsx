/** The moderator's timer: start or pause, one more minute, reset, and whether time up locks the board. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TimerState } from '../../shared/debate/session.ts'
import type { Facilitate } from './useFacilitate.ts'

interface TimerControlsProps {
  timer: TimerState
  facilitate: Facilitate
}

export function TimerControls({ timer, facilitate }: TimerControlsProps) {
  const { t } = useTranslation('debate')
  const running = timer.status === 'running'
  // While the timer stands still the choice waits here for the next start; a running timer holds it.
  const [lockChoice, setLockChoice] = useState<boolean | null>(null)
  const lockOnEnd = running ? timer.lockOnEnd : (lockChoice ?? timer.lockOnEnd)
  const onLockOnEndChange = (checked: boolean) => {
    setLockChoice(checked)
    // Starting a running timer again only changes what happens at its end.
    if (running) void facilitate({ type: 'timer-start', lockOnEnd: checked })
  }
  return (
    <>
      <div className="facilitation-row">
        <button
          type="button"
          className="button"
          aria-pressed={running}
          // With no time left the server refuses to start: reset or add time first.
          disabled={!running && timer.remainingMs === 0}
          onClick={() =>
            void facilitate(running ? { type: 'timer-pause' } : { type: 'timer-start', lockOnEnd })
          }
          data-testid="timer-toggle"
        >
          {running ? t('timerPause') : timer.status === 'paused' ? t('timerResume') : t('timerStart')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void facilitate({ type: 'timer-add', seconds: 60 })}
          data-testid="timer-add-minute"
        >
          {t('timerAddMinute')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void facilitate({ type: 'timer-reset' })}
          data-testid="timer-reset"
        >
          {t('timerReset')}
        </button>
      </div>
      <label className="facilitation-check">
        <input
          type="checkbox"
          checked={lockOnEnd}
          onChange={(event) => onLockOnEndChange(event.target.checked)}
          data-testid="timer-lock-on-end"
        />
        <span>{t('lockOnEnd')}</span>
      </label>
    </>
  )
}
