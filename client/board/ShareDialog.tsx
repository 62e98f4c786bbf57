import { QRCodeSVG } from 'qrcode.react'
import { useTranslation } from 'react-i18next'
import { Role } from '../../shared/access.ts'
import { LinkList } from '../landing/BoardLinks.tsx'
import { recallBoardLinks } from '../landing/boardLinksStore.ts'
import { CopyButton } from '../ui/CopyButton.tsx'
import { Dialog } from '../ui/Dialog.tsx'

interface ShareDialogProps {
  boardId: string
  role: Role
  onClose(): void
}

/** The link to this board with a QR code; a moderator who created the board also sees all three links. */
export function ShareDialog({ boardId, role, onClose }: ShareDialogProps) {
  const { t } = useTranslation()
  const link = window.location.href
  const allLinks = role === Role.Moderate ? recallBoardLinks(boardId) : undefined
  return (
    <Dialog title={t('share.title')} onClose={onClose} testId="share-dialog" wide={Boolean(allLinks)}>
      <div className="share-body">
        <div className="share-links">
          {allLinks ? (
            <LinkList links={allLinks} />
          ) : (
            <label className="field">
              <span>{t('share.currentLink')}</span>
              <span className="link-row">
                <input readOnly value={link} onFocus={(e) => e.target.select()} data-testid="share-link" />
                <CopyButton text={link} testId="share-copy" />
              </span>
            </label>
          )}
        </div>
        <figure className="share-qr">
          <QRCodeSVG
            value={link}
            size={168}
            marginSize={2}
            title={t('share.qrHint')}
            data-testid="share-qr"
          />
          <figcaption>{t('share.qrHint')}</figcaption>
        </figure>
      </div>
    </Dialog>
  )
}
