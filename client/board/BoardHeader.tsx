import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.tsx'
import { ExportMenu } from '../exports/ExportMenu.tsx'
import type { BoardExportTarget } from '../exports/useBoardExport.ts'
import type { AvatarFollowProps } from '../follow/useAvatarFollow.ts'
import { Avatars } from '../presence/Avatars.tsx'
import type { Peer } from '../presence/peers.ts'
import type { MetaPatch } from '../../shared/board/schema.ts'
import type { ConnectionState } from '../sync/BoardSession.ts'
import { navigate } from '../ui/route.ts'
import { useNarrowScreen } from '../ui/useNarrowScreen.ts'
import { connectionLabelOf } from './connectionLabel.ts'
import { EditableMetaField } from './EditableMetaField.tsx'
import { HeaderMenu } from './HeaderMenu.tsx'
import { RetryCountdown } from './RetryCountdown.tsx'
import { MetaField } from './metaDraft.ts'

interface BoardHeaderProps {
  title: string
  motion: string
  connection: ConnectionState
  peers: Peer[]
  readOnly: boolean
  /** Whether this person may rename the title and motion (the moderator). */
  canRename: boolean
  onRename(patch: MetaPatch): void
  onShare(): void
  /** Opens the teacher's dashboard; moderators only, so the button shows only when given. */
  onDashboard?(): void
  /** Opens the moderator's small groups; shown only when given. */
  onGroups?(): void
  /** Opens or closes the replay timeline (client/replay); shown only when given. */
  onReplay?(): void
  /** Whether the replay is open (its button is then pressed). */
  replaying?: boolean
  /** The board the Export menu exports; no menu without it. */
  exportTarget?: BoardExportTarget
  /** Opens the scoreboard; shown only when given (a debate board). */
  onScoreboard?(): void
  /** Shown right after the title (a small-group copy's "Group 3"). */
  titleBadge?: ReactNode
  onHelp(): void
  onEditProfile(): void
  /** Connects at once instead of waiting for the next retry. */
  onRetryNow(): void
  /** Following people from their avatars. */
  avatarFollow?: AvatarFollowProps
  /** More of the moderator's tools, before the avatars. */
  tools?: ReactNode
  /** A projector's header: the title, the motion and the connection, nothing to press. */
  bare?: boolean
}

/**
 * The board's title and motion, the connection, who is here, and the board-wide buttons; on a
 * phone-sized screen the buttons and the language fold into a menu so that the title keeps its room.
 */
export function BoardHeader(props: BoardHeaderProps) {
  const { title, motion, connection, peers, canRename, onRename, onEditProfile, onRetryNow, bare } = props
  const { t } = useTranslation()
  const narrow = useNarrowScreen()
  const label = connectionLabelOf(connection)
  return (
    <header className={`board-header${narrow ? ' board-header-narrow' : ''}`}>
      <button
        type="button"
        className="icon-button board-home"
        onClick={() => navigate('/')}
        title={t('common.home')}
      >
        <span aria-hidden="true">◆</span>
        <span className="visually-hidden">{t('common.home')}</span>
      </button>
      <div className="board-titles">
        <TitleRow badge={props.titleBadge}>
          <EditableMetaField
            field={MetaField.Title}
            value={title}
            editable={canRename}
            onSave={(value) => onRename({ title: value })}
          />
        </TitleRow>
        <EditableMetaField
          field={MetaField.Motion}
          value={motion}
          editable={canRename}
          onSave={(value) => onRename({ motion: value })}
        />
      </div>
      {!narrow && !bare && <ReadOnlyBadge readOnly={props.readOnly} />}
      <span
        className={`connection connection-${label}`}
        role="status"
        aria-live="polite"
        title={narrow ? t(`status.${label}`) : undefined}
        data-testid="connection-status"
        data-status={label}
      >
        <span className="connection-dot" aria-hidden="true" />
        <span className={narrow ? 'visually-hidden' : undefined}>{t(`status.${label}`)}</span>
      </span>
      {connection.retryAt !== undefined && (
        <RetryCountdown retryAt={connection.retryAt} onRetryNow={onRetryNow} />
      )}
      {!bare && props.tools}
      {!bare && (
        <Avatars
          peers={peers}
          onEditSelf={onEditProfile}
          maxShown={narrow ? 1 : undefined}
          {...props.avatarFollow}
        />
      )}
      {bare ? null : narrow ? (
        <HeaderMenu label={t('board.menu')}>
          {(close) => <BoardActions {...props} onDone={close} />}
        </HeaderMenu>
      ) : (
        <BoardActions {...props} />
      )}
    </header>
  )
}

/** The title with its badge in one row; without a badge, the title alone keeps the header's whole width. */
function TitleRow({ badge, children }: { badge: ReactNode; children: ReactNode }) {
  if (!badge) return children
  return (
    <div className="board-title-row">
      {children}
      {badge}
    </div>
  )
}

function ReadOnlyBadge({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation()
  if (!readOnly) return null
  return (
    <span className="read-only-badge" data-testid="read-only-badge">
      {t('role.readOnly')}
    </span>
  )
}

/**
 * The dashboard, groups, share, help and the language: inline in a wide header; in the menu, one per line with its words,
 * and `onDone` closes the menu before a dialog opens.
 */
function BoardActions(props: BoardHeaderProps & { onDone?(): void }) {
  const { readOnly, onShare, onDashboard, onGroups, onReplay, onScoreboard, onHelp, onDone } = props
  const { t } = useTranslation()
  const { t: tDrafting } = useTranslation('drafting')
  const { t: tGroups } = useTranslation('groups')
  const { t: tReplay } = useTranslation('replay')
  const { t: tVoting } = useTranslation('voting')
  const inMenu = onDone !== undefined
  const then = (action: () => void) => () => {
    onDone?.()
    action()
  }
  return (
    <>
      {inMenu && <ReadOnlyBadge readOnly={readOnly} />}
      {onDashboard && (
        <HeaderAction inMenu={inMenu} onClick={then(onDashboard)} testId="open-dashboard">
          {tDrafting('dashboardOpen')}
        </HeaderAction>
      )}
      {onGroups && (
        <HeaderAction inMenu={inMenu} onClick={then(onGroups)} testId="open-groups">
          {tGroups('open')}
        </HeaderAction>
      )}
      {onReplay && (
        <HeaderAction inMenu={inMenu} onClick={then(onReplay)} testId="open-replay" pressed={props.replaying}>
          {tReplay('open')}
        </HeaderAction>
      )}
      {props.exportTarget && <ExportMenu target={props.exportTarget} inMenu={inMenu} />}
      {onScoreboard && (
        <HeaderAction inMenu={inMenu} onClick={then(onScoreboard)} testId="open-scoreboard">
          {tVoting('scoreboardOpen')}
        </HeaderAction>
      )}
      <button
        type="button"
        className={inMenu ? 'button header-menu-item' : 'button button-primary'}
        onClick={then(onShare)}
        data-testid="share"
      >
        {t('board.share')}
      </button>
      <button
        type="button"
        className={inMenu ? 'button header-menu-item' : 'icon-button help-button'}
        onClick={then(onHelp)}
        aria-label={inMenu ? undefined : t('board.help')}
        data-testid="help"
      >
        {inMenu ? t('board.help') : '?'}
      </button>
      {inMenu ? (
        <label className="header-menu-item header-menu-language">
          <span>{t('board.language')}</span>
          <LanguageSwitcher />
        </label>
      ) : (
        <LanguageSwitcher />
      )}
    </>
  )
}

/** A plain header button, or a line of the phone's menu. */
function HeaderAction(props: {
  inMenu: boolean
  onClick(): void
  testId: string
  /** For a toggle: whether it is on. */
  pressed?: boolean
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className={props.inMenu ? 'button header-menu-item' : 'button'}
      onClick={props.onClick}
      aria-pressed={props.pressed}
      data-testid={props.testId}
    >
      {props.children}
    </button>
  )
}
