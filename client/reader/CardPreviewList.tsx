/**
 * A collapsed list of cards by their quotes, each a button to its card on the canvas: the reader's
 * orphans (SPEC SR1) and the cards of removed articles (SPEC SR3). Nothing at all when there is no card.
 */
import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card } from '../../shared/board/schema.ts'
import { truncateText } from '../ui/truncateText.ts'

const PREVIEW_LENGTH = 60

export interface CardPreviewListProps {
  cards: Card[]
  /** The toggle's text, e.g. "2 passages not found". */
  label: string
  /** The wrapper's test id; the toggle's is `${testId}-toggle`. */
  testId: string
  /** The test id of each card's button. */
  itemTestId: string
  /** A line above the list, once open. */
  hint?: string
  /** The title of each card's button. */
  itemTitle?: string
  onShowCard(cardId: string): void
  /** More controls after a card's button. */
  actions?(card: Card): ReactNode
}

export function CardPreviewList(props: CardPreviewListProps) {
  const { t } = useTranslation('reader')
  const [open, setOpen] = useState(false)
  const listId = useId()
  if (props.cards.length === 0) return null
  return (
    <div className="reader-orphans" data-testid={props.testId}>
      <button
        type="button"
        className="reader-orphans-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
        data-testid={`${props.testId}-toggle`}
      >
        {props.label}
      </button>
      {open && (
        <div id={listId}>
          {props.hint && <p className="reader-orphans-hint">{props.hint}</p>}
          <ul>
            {props.cards.map((card) => (
              <li key={card.id}>
                <button
                  type="button"
                  className={`reader-orphan reader-orphan--${card.stance}`}
                  onClick={() => props.onShowCard(card.id)}
                  title={props.itemTitle}
                  data-testid={props.itemTestId}
                  data-card-id={card.id}
                >
                  <span className="reader-popover-stance">{t(card.stance)}</span>{' '}
                  <q>{truncateText(card.excerpt?.quote ?? '', PREVIEW_LENGTH)}</q>
                </button>
                {props.actions?.(card)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
