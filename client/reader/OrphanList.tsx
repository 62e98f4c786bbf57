/** The cards of an article whose passage is no longer in its text, and a way to find each on the board. */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card } from '../../shared/board/schema.ts'
import { truncateText } from '../ui/truncateText.ts'

const PREVIEW_LENGTH = 60

export interface OrphanListProps {
  orphans: Card[]
  /** Flies the canvas to the card and selects it, as a click on a highlight does. */
  onShowCard(cardId: string): void
  /** Re-point this card at a passage the person will select (SR4); none where they may not. */
  onRepoint?(cardId: string): void
  /** Whether this participant may re-point the card. */
  canRepoint?(cardId: string): boolean
}

/** "N passages not found": collapsed by default, nothing at all when every quote is found. */
export function OrphanList({ orphans, onShowCard, onRepoint, canRepoint }: OrphanListProps) {
  const { t } = useTranslation('reader')
  const { t: tSources } = useTranslation('sources')
  const [open, setOpen] = useState(false)
  const listId = useId()
  if (orphans.length === 0) return null
  return (
    <div className="reader-orphans" data-testid="reader-orphans">
      <button
        type="button"
        className="reader-orphans-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
        data-testid="reader-orphans-toggle"
      >
        {t('orphansCount', { count: orphans.length })}
      </button>
      {open && (
        <div id={listId}>
          <p className="reader-orphans-hint">{t('orphansHint')}</p>
          <ul>
            {orphans.map((card) => (
              <li key={card.id}>
                <button
                  type="button"
                  className={`reader-orphan reader-orphan--${card.stance}`}
                  onClick={() => onShowCard(card.id)}
                  title={t('orphanShowCard')}
                  data-testid="reader-orphan"
                  data-card-id={card.id}
                >
                  <span className="reader-popover-stance">{t(card.stance)}</span>{' '}
                  <q>{truncateText(card.excerpt?.quote ?? '', PREVIEW_LENGTH)}</q>
                </button>
                {onRepoint && canRepoint?.(card.id) && (
                  <button
                    type="button"
                    className="link-button reader-orphan-repoint"
                    onClick={() => onRepoint(card.id)}
                    data-testid="orphan-repoint"
                  >
                    {tSources('repoint')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
