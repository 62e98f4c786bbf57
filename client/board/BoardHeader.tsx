import { useTranslation } from 'react-i18next'
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.tsx'
import { Avatars } from '../presence/Avatars.tsx'
import type { Peer } from '../presence/peers.ts'
import type { MetaPatch } from '../../shared/board/schema.ts'
import type { ConnectionState } from '../sync/BoardSession.ts'
import { navigate } from '../ui/route.ts'
import { connectionLabelOf } from './connectionLabel.ts'
import { EditableMetaField } from './EditableMetaField.tsx'
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
  onHelp(): void
  onEditProfile(): void
  /** Connects at once instead of waiting for the next retry. */
  onRetryNow(): void
}

/** The board's title and motion, the connection, who is here, and the board-wide buttons. */
export function BoardHeader({
  title,
  motion,
  connection,
  peers,
  readOnly,
  canRename,
  onRename,
  onShare,
  onHelp,
  onEditProfile,
  onRetryNow,
}: BoardHeaderProps) {
  const { t } = useTranslation()
  const label = connectionLabelOf(connection)
  return (
    <header className="board-header">
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
        <EditableMetaField
          field={MetaField.Title}
          value={title}
          editable={canRename}
          onSave={(value) => onRename({ title: value })}
        />
        <EditableMetaField
          field={MetaField.Motion}
          value={motion}
          editable={canRename}
          onSave={(value) => onRename({ motion: value })}
        />
      </div>
      {readOnly && (
        <span className="read-only-badge" data-testid="read-only-badge">
          {t('role.readOnly')}
        </span>
      )}
      <span
        className={`connection connection-${label}`}
        role="status"
        aria-live="polite"
        data-testid="connection-status"
        data-status={label}
      >
        <span className="connection-dot" aria-hidden="true" />
        {t(`status.${label}`)}
      </span>
      {connection.retryAt !== undefined && (
        <RetryCountdown retryAt={connection.retryAt} onRetryNow={onRetryNow} />
      )}
      <Avatars peers={peers} onEditSelf={onEditProfile} />
      <button type="button" className="button button-primary" onClick={onShare} data-testid="share">
        {t('board.share')}
      </button>
      <button
        type="button"
        className="icon-button help-button"
        onClick={onHelp}
        aria-label={t('board.help')}
        data-testid="help"
      >
        ?
      </button>
      <LanguageSwitcher />
    </header>
  )
}
