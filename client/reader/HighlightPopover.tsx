/** The small card list shown while a highlight is hovered or focused: who cites this passage, and how. */
import { useTranslation } from 'react-i18next'
import type { Card } from '../../shared/board/schema.ts'
import { truncateText } from '../ui/truncateText.ts'

const PREVIEW_LENGTH = 80

export interface HighlightPopoverProps {
  id: string
  cards: Card[]
  top: number
  left: number
}

export function HighlightPopover({ id, cards, top, left }: HighlightPopoverProps) {
  const { t } = useTranslation('reader')
  return (
    <div
      id={id}
      className="reader-popover"
      role="tooltip"
      data-testid="highlight-popover"
      style={{ top, left }}
    >
      <p className="reader-popover-title">{t('citedBy', { count: cards.length })}</p>
      <ul>
        {cards.map((card) => (
          <li key={card.id}>
            <span className={`reader-popover-stance reader-popover-stance--${card.stance}`}>
              {t(card.stance)}
            </span>
            <span>{truncateText(card.text, PREVIEW_LENGTH) || t('emptyCard')}</span>
            <span className="reader-popover-author">{card.authorName || t('anonymous')}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
