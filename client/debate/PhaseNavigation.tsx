/** Previous and next phase; going on from a private phase says that it reveals the drafts. */
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { PHASE_RULES } from '../../shared/debate/formats.ts'
import { currentPhase, type SessionState } from '../../shared/debate/session.ts'
import { phaseName } from './phaseNames.ts'
import type { Facilitate } from './useFacilitate.ts'

interface PhaseNavigationProps {
  session: SessionState
  facilitate: Facilitate
  nextRef?: Ref<HTMLButtonElement>
}

export function PhaseNavigation({ session, facilitate, nextRef }: PhaseNavigationProps) {
  const { t } = useTranslation('debate')
  const previous = session.phases[session.phaseIndex - 1]
  const next = session.phases[session.phaseIndex + 1]
  const revealing = next !== undefined && PHASE_RULES[currentPhase(session).kind].drafts
  const nextLabel = next
    ? t(revealing ? 'nextRevealing' : 'nextTo', { name: phaseName(t, next) })
    : t('nextNone')
  return (
    <div className="facilitation-row facilitation-steps">
      <button
        type="button"
        className="button"
        disabled={!previous}
        onClick={() => void facilitate({ type: 'back' })}
        data-testid="phase-back"
      >
        <span aria-hidden="true">← </span>
        {previous ? t('previousTo', { name: phaseName(t, previous) }) : t('previousNone')}
      </button>
      <button
        ref={nextRef}
        type="button"
        className={`button button-primary${revealing ? ' facilitation-reveal' : ''}`}
        disabled={!next}
        onClick={() => void facilitate({ type: 'advance' })}
        data-testid="phase-next"
        data-reveals={revealing}
      >
        {nextLabel}
        <span aria-hidden="true"> →</span>
      </button>
    </div>
  )
}
