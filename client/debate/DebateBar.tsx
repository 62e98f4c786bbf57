/**
 * What the board shows of a running debate under its header: the phase banner for everyone and, for
 * the moderator, the facilitation panel with its shortcuts. A free board has no phases: nothing.
 */
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Role } from '../../shared/access.ts'
import { Format, PHASE_RULES } from '../../shared/debate/formats.ts'
import { currentPhase, type SessionState } from '../../shared/debate/session.ts'
import type { Seat } from '../../shared/protocol.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { FacilitationPanel, type PanelFocus } from './FacilitationPanel.tsx'
import { PhaseBanner } from './PhaseBanner.tsx'
import { useSeat, useSessionState } from './useDebate.ts'
import { useFacilitate } from './useFacilitate.ts'
import { useModeratorShortcuts } from './useModeratorShortcuts.ts'
import './debate.css'

export function DebateBar({ provider }: { provider: BoardProvider }) {
  const session = useSessionState(provider)
  const seat = useSeat(provider)
  if (session.format === Format.Free) return null
  if (seat?.role === Role.Moderate) return <ModeratorBar provider={provider} session={session} seat={seat} />
  return (
    <div className="debate-bar">
      <PhaseBanner session={session} seat={seat} clock={provider} />
    </div>
  )
}

interface ModeratorBarProps {
  provider: BoardProvider
  session: SessionState
  seat: Seat
}

function ModeratorBar({ provider, session, seat }: ModeratorBarProps) {
  const { t } = useTranslation('debate')
  const facilitate = useFacilitate(provider)
  const panelId = useId()
  const toggleRef = useRef<HTMLButtonElement>(null)
  const [panel, setPanel] = useState<PanelFocus | null>(null)
  const open = (target: PanelFocus['target']) =>
    setPanel((last) => ({ target, nonce: (last?.nonce ?? 0) + 1 }))
  const close = () => {
    setPanel(null)
    toggleRef.current?.focus()
  }
  useModeratorShortcuts({
    next() {
      if (session.phaseIndex + 1 >= session.phases.length) return
      // Going on from a private phase reveals every draft: a key alone must not do that.
      if (PHASE_RULES[currentPhase(session).kind].drafts) open('next')
      else void facilitate({ type: 'advance' })
    },
    previous() {
      if (session.phaseIndex > 0) void facilitate({ type: 'back' })
    },
    timer() {
      const { status, lockOnEnd } = session.timer
      void facilitate(status === 'running' ? { type: 'timer-pause' } : { type: 'timer-start', lockOnEnd })
    },
  })
  return (
    <div className="debate-bar">
      <PhaseBanner session={session} seat={seat} clock={provider}>
        <button
          ref={toggleRef}
          type="button"
          className="button phase-banner-toggle"
          aria-expanded={panel !== null}
          aria-controls={panel ? panelId : undefined}
          onClick={() => (panel ? close() : open('panel'))}
          data-testid="facilitation-toggle"
        >
          <span aria-hidden="true">⚙</span>
          <span className="phase-banner-toggle-label">{t('panelOpen')}</span>
        </button>
      </PhaseBanner>
      {panel && (
        <FacilitationPanel
          id={panelId}
          provider={provider}
          session={session}
          facilitate={facilitate}
          focus={panel}
          onClose={close}
        />
      )}
    </div>
  )
}
