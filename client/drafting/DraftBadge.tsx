/** The mark of a card in private drafts: no one outside the team (or the person) and the moderator sees it. */
import { useTranslation } from 'react-i18next'
import { LockIcon } from './LockIcon.tsx'

export function DraftBadge() {
  const { t } = useTranslation('drafting')
  return (
    <span className="card-draft-badge" data-testid="draft-badge">
      <LockIcon /> {t('draftBadge')}
    </span>
  )
}
