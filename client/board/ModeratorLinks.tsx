/** The moderator's view of the share dialog: every link in groups, what each allows, and a reset for all but the moderator's. */
import { useTranslation } from 'react-i18next'
import { Role } from '../../shared/access.ts'
import type { Format } from '../../shared/debate/formats.ts'
import { roleHelpKey, roleLabelKey, type ShareGroup } from '../drafting/shareGroups.ts'
import '../drafting/drafting.css'
import type { ResettableRole } from '../http/boardsApi.ts'
import { CopyableLink } from '../ui/CopyableLink.tsx'
import { useLinkReset } from './useLinkReset.ts'

export type KnownLinks = Partial<Record<Role, string>>

interface ModeratorLinksProps {
  boardId: string
  moderatorToken: string | undefined
  links: KnownLinks
  /** Whether the edit and view links are still being worked out from the moderator link. */
  pending: boolean
  /** The link whose QR code is shown, if any. */
  selected: Role | undefined
  onSelect(role: Role): void
  onReset(role: ResettableRole, link: string): void
  /** The links in the order the board's format needs them, under headings. */
  groups: readonly ShareGroup[]
  /** The board's format, which names some links its own way (a committee's chair and presenters). */
  format: Format
}

export function ModeratorLinks({ groups, ...props }: ModeratorLinksProps) {
  const { t } = useTranslation('drafting')
  return (
    <div data-testid="share-links">
      {groups.map((group) => (
        <section key={group.title} className="share-link-group" data-testid={`share-group-${group.title}`}>
          <h3 className="share-link-group-title">{t(group.title)}</h3>
          <LinkList {...props} roles={group.roles} />
        </section>
      ))}
    </div>
  )
}

function LinkList({
  roles,
  links,
  pending,
  selected,
  onSelect,
  format,
  ...reset
}: Omit<ModeratorLinksProps, 'groups'> & { roles: readonly Role[] }) {
  return (
    <ul className="share-link-list">
      {roles.map((role) => (
        <li key={role} className={role === selected ? 'share-link share-link-selected' : 'share-link'}>
          <LinkRow
            role={role}
            format={format}
            link={links[role]}
            pending={pending}
            selected={role === selected}
            onSelect={onSelect}
          />
          {role !== Role.Moderate && (
            <ResetControl
              role={role}
              boardId={reset.boardId}
              moderatorToken={reset.moderatorToken}
              onReset={(link) => reset.onReset(role, link)}
            />
          )}
        </li>
      ))}
    </ul>
  )
}

interface LinkRowProps {
  role: Role
  format: Format
  link: string | undefined
  pending: boolean
  selected: boolean
  onSelect(role: Role): void
}

/** One link with its role, what it allows, a copy button and the choice of showing its QR code. */
function LinkRow({ role, format, link, pending, selected, onSelect }: LinkRowProps) {
  const { t } = useTranslation()
  const label = t(roleLabelKey(format, role))
  return (
    <>
      <label className="share-link-role">
        <input
          type="radio"
          name="share-qr-role"
          checked={selected}
          disabled={!link}
          onChange={() => onSelect(role)}
          aria-label={t('share.showQr', { role: label })}
          data-testid={`share-qr-${role}`}
        />
        <span>
          <strong>{label}</strong>
          <span className="share-link-explain">{t(roleHelpKey(format, role))}</span>
        </span>
      </label>
      {link ? (
        <CopyableLink
          link={link}
          label={label}
          testId={`share-link-${role}`}
          copyTestId={`share-copy-${role}`}
        />
      ) : pending ? (
        <p className="share-link-unknown" aria-busy="true" data-testid={`share-link-${role}-pending`}>
          {t('share.derivingLink')}
        </p>
      ) : (
        <p className="share-link-unknown" data-testid={`share-link-${role}-unknown`}>
          {t('share.unknownLink')}
        </p>
      )}
    </>
  )
}

interface ResetControlProps {
  role: ResettableRole
  boardId: string
  moderatorToken: string | undefined
  onReset(link: string): void
}

/** "Reset link", asking first because everyone on the old link is cut off. */
function ResetControl({ role, boardId, moderatorToken, onReset }: ResetControlProps) {
  const { t } = useTranslation()
  const { state, ask, cancel, confirm } = useLinkReset({ boardId, role, moderatorToken, onReset })
  if (state.step === 'confirming' || state.step === 'busy') {
    const busy = state.step === 'busy'
    return (
      <div className="share-reset-confirm" role="group" aria-label={t('share.resetLink')}>
        <p>{t('share.resetWarning')}</p>
        <button
          type="button"
          className="button button-danger"
          onClick={confirm}
          disabled={busy}
          data-testid="share-reset-confirm"
        >
          {busy ? t('share.resetting') : t('share.resetConfirm')}
        </button>
        <button
          type="button"
          className="button"
          onClick={cancel}
          disabled={busy}
          data-testid="share-reset-cancel"
        >
          {t('common.cancel')}
        </button>
      </div>
    )
  }
  return (
    <div className="share-reset">
      <button type="button" className="button button-quiet" onClick={ask} data-testid={`share-reset-${role}`}>
        {t('share.resetLink')}
      </button>
      {state.step === 'done' && (
        <p className="share-reset-done" role="status" data-testid={`share-reset-done-${role}`}>
          {t('share.resetDone')}
        </p>
      )}
      {state.step === 'error' && (
        <p className="field-error" role="alert" data-testid={`share-reset-error-${role}`}>
          {state.message}
        </p>
      )}
    </div>
  )
}
