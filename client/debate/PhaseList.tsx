/** The plan of phases, each renamed and re-timed in place; the current one is marked. */
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../shared/board/schema.ts'
import type { PhasePlan } from '../../shared/debate/formats.ts'
import { MAX_PHASE_SECONDS, type SessionState } from '../../shared/debate/session.ts'
import { CommitInput } from './CommitInput.tsx'
import { defaultPhaseNameKey, phaseName } from './phaseNames.ts'
import type { Facilitate } from './useFacilitate.ts'

interface PhaseListProps {
  session: SessionState
  facilitate: Facilitate
}

export function PhaseList({ session, facilitate }: PhaseListProps) {
  const { t } = useTranslation('debate')
  return (
    <ol className="facilitation-phases" data-testid="phase-list">
      {session.phases.map((phase, index) => (
        <li
          key={phase.id}
          className={index === session.phaseIndex ? 'facilitation-phase-current' : undefined}
          aria-current={index === session.phaseIndex ? 'step' : undefined}
          data-testid={`phase-row-${phase.id}`}
        >
          <span className="facilitation-phase-number">{index + 1}</span>
          <PhaseRow phase={phase} number={index + 1} facilitate={facilitate} />
          {index === session.phaseIndex && <span className="facilitation-now">{t('currentPhase')}</span>}
        </li>
      ))}
    </ol>
  )
}

function PhaseRow({
  phase,
  number,
  facilitate,
}: {
  phase: PhasePlan
  number: number
  facilitate: Facilitate
}) {
  const { t } = useTranslation('debate')
  const defaultKey = defaultPhaseNameKey(phase.id)
  const defaultName = defaultKey ? t(defaultKey) : phase.id
  const rename = (draft: string) => {
    const name = draft.trim()
    // Clearing the field, or typing the default back, restores the format's own (translated) name.
    const restored = name === '' || name === defaultName ? '' : name
    if (restored !== (phase.name ?? ''))
      void facilitate({ type: 'rename-phase', phaseId: phase.id, name: restored })
  }
  const setMinutes = (draft: string) => {
    const seconds = Math.round(Number(draft) * 60)
    if (draft.trim() === '' || !Number.isFinite(seconds) || seconds < 0 || seconds > MAX_PHASE_SECONDS) return
    if (seconds !== phase.durationSec) void facilitate({ type: 'set-duration', phaseId: phase.id, seconds })
  }
  return (
    <>
      <CommitInput
        className="facilitation-phase-name"
        value={phaseName(t, phase)}
        placeholder={defaultName}
        maxLength={LIMITS.nameLength}
        aria-label={t('phaseNameLabel', { number })}
        onCommit={rename}
        data-testid={`phase-name-input-${phase.id}`}
      />
      <label className="facilitation-minutes">
        <CommitInput
          type="number"
          inputMode="decimal"
          min={0}
          max={MAX_PHASE_SECONDS / 60}
          step={1}
          value={String(Math.round((phase.durationSec / 60) * 100) / 100)}
          aria-label={t('phaseMinutesLabel', { number })}
          onCommit={setMinutes}
          data-testid={`phase-minutes-input-${phase.id}`}
        />
        <span aria-hidden="true">{t('minutes')}</span>
      </label>
    </>
  )
}
