/** Lock or unlock the board, reveal the drafts now, and anonymity towards peers. */
import { useTranslation } from 'react-i18next'
import { PHASE_RULES } from '../../shared/debate/formats.ts'
import { currentPhase, type SessionState } from '../../shared/debate/session.ts'
import type { Facilitate } from './useFacilitate.ts'

interface BoardControlsProps {
  session: SessionState
  facilitate: Facilitate
}

export function BoardControls({ session, facilitate }: BoardControlsProps) {
  const { t } = useTranslation('debate')
  // Drafts exist only while a private phase runs; outside one there is nothing to reveal.
  const drafting = PHASE_RULES[currentPhase(session).kind].drafts
  return (
    <>
      <div className="facilitation-row">
        <button
          type="button"
          className="button"
          aria-pressed={session.locked}
          onClick={() => void facilitate({ type: 'lock', locked: !session.locked })}
          data-testid="board-lock"
        >
          {session.locked ? t('unlockBoard') : t('lockBoard')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!drafting}
          onClick={() => void facilitate({ type: 'reveal' })}
          data-testid="reveal-now"
        >
          {t('revealNow')}
        </button>
      </div>
      <label className="facilitation-check">
        <input
          type="checkbox"
          checked={session.anonymous}
          onChange={(event) => void facilitate({ type: 'anonymous', anonymous: event.target.checked })}
          data-testid="anonymous-toggle"
        />
        <span>{t('anonymousToggle')}</span>
      </label>
    </>
  )
}
