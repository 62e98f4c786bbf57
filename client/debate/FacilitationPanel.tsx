/**
 * The moderator's panel: phases, timer, lock, reveal, anonymity and teams. Below the banner on a
 * wide screen, a bottom sheet on a phone; Escape or the ✕ closes it and focus returns to its button.
 */
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionState } from '../../shared/debate/session.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { DecisionButton } from '../decision/DecisionBar.tsx'
import { BoardControls } from './BoardControls.tsx'
import { PhaseList } from './PhaseList.tsx'
import { PhaseNavigation } from './PhaseNavigation.tsx'
import { RosterList } from './RosterList.tsx'
import { TimerControls } from './TimerControls.tsx'
import { RevealVotes } from '../voting/RevealVotes.tsx'
import type { Facilitate } from './useFacilitate.ts'

/** Where focus goes when the panel opens, asked again whenever `nonce` changes. */
export interface PanelFocus {
  target: 'panel' | 'next'
  nonce: number
}

interface FacilitationPanelProps {
  id: string
  provider: BoardProvider
  session: SessionState
  facilitate: Facilitate
  focus: PanelFocus
  onClose(): void
}

export function FacilitationPanel(props: FacilitationPanelProps) {
  const { id, provider, session, facilitate, focus, onClose } = props
  const { t } = useTranslation('debate')
  const titleId = useId()
  const panelRef = useRef<HTMLElement>(null)
  const nextRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const target = focus.target === 'next' && !nextRef.current?.disabled ? nextRef.current : panelRef.current
    target?.focus()
  }, [focus])
  return (
    <section
      id={id}
      ref={panelRef}
      tabIndex={-1}
      className="facilitation-panel"
      aria-labelledby={titleId}
      data-testid="facilitation-panel"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.stopPropagation()
        onClose()
      }}
    >
      <header className="facilitation-header">
        <h2 id={titleId}>{t('panelTitle')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('panelClose')}
          title={t('panelClose')}
          onClick={onClose}
          data-testid="facilitation-close"
        >
          ✕
        </button>
      </header>
      <PhaseNavigation session={session} facilitate={facilitate} nextRef={nextRef} />
      <h3>{t('timerHeading')}</h3>
      <TimerControls timer={session.timer} facilitate={facilitate} />
      <h3>{t('boardHeading')}</h3>
      <BoardControls session={session} facilitate={facilitate} />
      <RevealVotes session={session} send={(action) => provider.facilitate(action)} />
      <DecisionButton provider={provider} />
      <details className="facilitation-section" open>
        <summary>{t('phasesHeading')}</summary>
        <PhaseList session={session} facilitate={facilitate} />
      </details>
      <details className="facilitation-section" open>
        <summary>{t('participantsHeading')}</summary>
        <RosterList provider={provider} facilitate={facilitate} />
      </details>
    </section>
  )
}
