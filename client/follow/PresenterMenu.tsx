/**
 * The moderator's presenting tools in the header: bring everyone here once, put everyone on their view
 * (spotlight, locked or not), and open the projector view in a new window.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { FacilitationAction } from '../../shared/debate/facilitation.ts'
import { useDerivedLinks } from '../board/useDerivedLinks.ts'
import { useToast } from '../ui/ToastProvider.tsx'
import { useFollow } from './FollowContext.ts'
import { useFacilitate } from './FollowBar.tsx'
import { hidePopover } from './PeopleMenu.tsx'
import './follow.css'

interface PresenterMenuProps {
  boardId: string
  /** The moderator token this board was opened with: the projector link is derived from it. */
  token: string | undefined
  facilitate(action: FacilitationAction): Promise<void>
  /** A phone-sized header: the button shows only its icon. */
  compact?: boolean
}

export function PresenterMenu({ boardId, token, facilitate, compact }: PresenterMenuProps) {
  const { t } = useTranslation('follow')
  const id = useId()
  const follow = useFollow()
  const showToast = useToast()
  const run = useFacilitate(facilitate)
  const { links, pending } = useDerivedLinks(boardId, token)
  if (!follow) return null
  const clientId = follow.awareness.clientID
  const presenting = follow.spotlight?.clientId === clientId
  const choose = (action: () => void) => () => {
    hidePopover(id)
    action()
  }
  const openProjector = () => {
    if (links.projector) window.open(links.projector, '_blank', 'noopener')
    else showToast(t('projectorUnknown'))
  }
  const item = (label: string, testId: string, action: () => void, disabled = false) => (
    <button
      type="button"
      className="button header-menu-item"
      onClick={choose(action)}
      disabled={disabled}
      data-testid={testId}
    >
      {label}
    </button>
  )
  return (
    <>
      <button
        type="button"
        className={compact ? 'icon-button presenter-button' : 'button presenter-button'}
        popoverTarget={id}
        aria-label={compact ? t('menu') : undefined}
        title={t('menuHint')}
        data-testid="presenter-menu"
      >
        <span aria-hidden="true">◉</span>
        {!compact && t('menu')}
      </button>
      <div id={id} popover="auto" className="header-menu presenter-menu" data-testid="presenter-menu-panel">
        {item(t('summon'), 'summon', () =>
          run({ type: 'summon', clientId }, () => showToast(t('summonSent'))),
        )}
        {presenting
          ? item(t('spotlightStop'), 'spotlight-off', () => run({ type: 'spotlight', clientId: null }))
          : item(t('spotlight'), 'spotlight-on', () => run({ type: 'spotlight', clientId, locked: false }))}
        {!presenting &&
          item(t('spotlightLocked'), 'spotlight-on-locked', () =>
            run({ type: 'spotlight', clientId, locked: true }),
          )}
        {item(t('openProjector'), 'open-projector', openProjector, pending)}
      </div>
    </>
  )
}
