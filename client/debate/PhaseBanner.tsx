/** The current phase for everyone: its name and number, what this person may do in it, and the time left. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { currentPhase, type SessionState } from '../../shared/debate/session.ts'
import type { Seat } from '../../shared/protocol.ts'
import { allowanceKey } from './allowance.ts'
import { phaseName } from './phaseNames.ts'
import { PhaseTimer } from './PhaseTimer.tsx'
import type { ClockSource } from './useTimeLeft.ts'

interface PhaseBannerProps {
  session: SessionState
  /** Who is looking; until the server says, the banner shows the phase without the allowance. */
  seat: Seat | undefined
  clock: ClockSource
  /** The moderator's panel button, at the banner's end. */
  children?: ReactNode
}

export function PhaseBanner({ session, seat, clock, children }: PhaseBannerProps) {
  const { t } = useTranslation('debate')
  const phase = currentPhase(session)
  const numbers = { number: session.phaseIndex + 1, total: session.phases.length }
  return (
    <section
      className={`phase-banner${session.locked ? ' phase-banner-locked' : ''}`}
      aria-label={t('bannerLabel')}
      data-testid="phase-banner"
      data-phase={phase.id}
      data-locked={session.locked}
    >
      {/* Announced when the phase or the rules change, not on every tick of the timer beside it. */}
      <div className="phase-banner-text" aria-live="polite">
        <span className="phase-number" data-testid="phase-number">
          <span aria-hidden="true">{t('phaseNumber', numbers)}</span>
          <span className="visually-hidden">{t('phaseNumberLabel', numbers)}</span>
        </span>
        <strong className="phase-name" data-testid="phase-name">
          {phaseName(t, phase)}
        </strong>
        {session.locked && (
          <span className="phase-locked" data-testid="phase-locked">
            {t('lockedBadge')}
          </span>
        )}
        {seat && (
          <span className="phase-allowance" data-testid="phase-allowance">
            {t(allowanceKey(session, seat))}
          </span>
        )}
      </div>
      <PhaseTimer clock={clock} timer={session.timer} />
      {children}
    </section>
  )
}
