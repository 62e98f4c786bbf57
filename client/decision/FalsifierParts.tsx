/** What a falsifier card shows besides its text: its badge and its review date, editable by whoever may edit the card. */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { setReviewDate } from '../../shared/board/mutators.ts'
import './decision.css'

/** The badge that tells a falsifier from an argument. */
export function FalsifierBadge() {
  const { t } = useTranslation('decision')
  return (
    <span className="falsifier-badge" data-testid="falsifier-badge">
      {t('falsifierBadge')}
    </span>
  )
}

interface ReviewDateFieldProps {
  cardId: string
  date: string | undefined
  /** The document the card lives in (the board's, or the drafts'); none when it may not be changed. */
  doc: Y.Doc | undefined
}

/** The review date: a date field where the card may be changed, else the date as text. */
export function ReviewDateField({ cardId, date, doc }: ReviewDateFieldProps) {
  const { t } = useTranslation('decision')
  const id = useId()
  if (!doc)
    return (
      <p className="review-date" data-testid="review-date">
        {date ? `${t('reviewDateLabel')}: ${date}` : t('reviewDateNone')}
      </p>
    )
  return (
    <p className="review-date nodrag">
      <label htmlFor={id}>{t('reviewDateLabel')}</label>
      <input
        id={id}
        type="date"
        value={date ?? ''}
        onChange={(event) => {
          // A cleared field (or a day the browser could not complete) removes the date.
          const value = event.target.value
          setReviewDate(doc, cardId, /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null)
        }}
        data-testid="review-date-input"
      />
    </p>
  )
}
