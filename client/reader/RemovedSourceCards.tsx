/** Cards quoting an article the moderator removed (SPEC SR3): listed, each a way to its card. */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card } from '../../shared/board/schema.ts'
import { truncateText } from '../ui/truncateText.ts'

const PREVIEW_LENGTH = 60

export function RemovedSourceCards({ cards, onShowCard }: { cards: Card[]; onShowCard(id: string): void }) {
  const { t } = useTranslation('sources')
  const { t: tReader } = useTranslation('reader')
  const [open, setOpen] = useState(false)
  const listId = useId()
  if (cards.length === 0) return null
  return (
    <div className="reader-orphans reader-removed" data-testid="removed-source-cards">
      <button
        type="button"
        className="reader-orphans-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        {t('removedTitle', { count: cards.length })}
      </button>
      {open && (
        <ul id={listId}>
          {cards.map((card) => (
            <li key={card.id}>
              <button
                type="button"
                className={`reader-orphan reader-orphan--${card.stance}`}
                onClick={() => onShowCard(card.id)}
                data-testid="removed-source-card"
              >
                <span className="reader-popover-stance">{tReader(card.stance)}</span>{' '}
                <q>{truncateText(card.excerpt?.quote ?? '', PREVIEW_LENGTH)}</q>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
