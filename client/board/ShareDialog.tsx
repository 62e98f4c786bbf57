import { useState } from 'react'
import { QRCodeSVG } from 'qrcode.react'
import { useTranslation } from 'react-i18next'
import { canModerate, Role } from '../../shared/access.ts'
import { Format } from '../../shared/debate/formats.ts'
import { firstSharedRole, roleLabelKey, shareGroups } from '../drafting/shareGroups.ts'
import type { ResettableRole } from '../http/boardsApi.ts'
import { recallKnownLinks, rememberBoardLink } from '../landing/boardLinksStore.ts'
import { CopyableLink } from '../ui/CopyableLink.tsx'
import { Dialog } from '../ui/Dialog.tsx'
import { ModeratorLinks, type KnownLinks } from './ModeratorLinks.tsx'
import { useDerivedLinks } from './useDerivedLinks.ts'
import './moderatorControls.css'

interface ShareDialogProps {
  boardId: string
  role: Role
  /** The token in this page's link; a moderator's resets the other links. */
  token: string | undefined
  /** The board's format, which decides the order of the moderator's links (free when unknown). */
  format?: Format
  onClose(): void
}

/** The link to this board with a QR code; a moderator sees and can reset every link this tab knows. */
export function ShareDialog({ boardId, role, token, format = Format.Free, onClose }: ShareDialogProps) {
  const { t } = useTranslation()
  const moderator = canModerate(role)
  return (
    <Dialog title={t('share.title')} onClose={onClose} testId="share-dialog" wide={moderator}>
      {moderator ? (
        <ModeratorShare boardId={boardId} token={token} format={format} />
      ) : (
        <div className="share-body">
          <label className="field share-links">
            <span>{t('share.currentLink')}</span>
            <CopyableLink link={window.location.href} testId="share-link" copyTestId="share-copy" />
          </label>
          <ShareQr link={window.location.href} format={format} />
        </div>
      )}
    </Dialog>
  )
}

interface ModeratorShareProps {
  boardId: string
  token: string | undefined
  format: Format
}

function ModeratorShare({ boardId, token, format }: ModeratorShareProps) {
  const { t } = useTranslation()
  const derived = useDerivedLinks(boardId, token)
  const [remembered] = useState(() => recallKnownLinks(boardId))
  const [resetHere, setResetHere] = useState<KnownLinks>({})
  // Derived links are the ones in force; remembered ones only stand in where none can be derived. The
  // page's own link is the moderator link in force; the stored one may be from another tab's board.
  const links: KnownLinks = {
    ...remembered,
    ...derived.links,
    ...resetHere,
    [Role.Moderate]: window.location.href,
  }
  // Never the moderator link by default: a projected dialog would hand moderation to whoever scans it.
  const [chosen, setSelected] = useState<Role | undefined>()
  const selected = chosen ?? firstSharedRole(format, links)
  const onReset = (resetRole: ResettableRole, link: string) => {
    rememberBoardLink(boardId, resetRole, link)
    setResetHere((known) => ({ ...known, [resetRole]: link }))
    setSelected(resetRole)
  }
  return (
    <>
      <p className="muted share-intro">{t('share.moderatorIntro')}</p>
      <div className="share-body">
        <div className="share-links">
          <ModeratorLinks
            boardId={boardId}
            moderatorToken={token}
            links={links}
            pending={derived.pending}
            selected={selected}
            onSelect={setSelected}
            onReset={onReset}
            groups={shareGroups(format)}
            format={format}
          />
        </div>
        {selected ? (
          <ShareQr link={links[selected] ?? window.location.href} role={selected} format={format} />
        ) : (
          <p className="share-qr" data-testid="share-qr-none">
            {t('share.qrChoose')}
          </p>
        )}
      </div>
    </>
  )
}

function ShareQr({ link, role, format }: { link: string; role?: Role; format: Format }) {
  const { t } = useTranslation()
  const caption = role ? t('share.qrHintRole', { role: t(roleLabelKey(format, role)) }) : t('share.qrHint')
  return (
    <figure className="share-qr" data-role={role}>
      <QRCodeSVG value={link} size={168} marginSize={2} title={caption} data-testid="share-qr" />
      <figcaption>
        {role === Role.Moderate && (
          <p className="field-error" data-testid="share-qr-warning">
            {t('share.qrModeratorWarning')}
          </p>
        )}
        {caption}
      </figcaption>
    </figure>
  )
}
