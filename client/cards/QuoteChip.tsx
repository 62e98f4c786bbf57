import { useTranslation } from 'react-i18next'
import type { Excerpt } from '../../shared/board/schema.ts'
import { useBoardCanvas } from '../canvas/BoardCanvasContext.ts'
import { truncateText } from '../ui/truncateText.ts'

const QUOTE_MAX_CHARS = 120

/** The excerpt a card cites; clicking it shows the passage in the reader. */
export function QuoteChip({ excerpt, sourceTitle }: { excerpt: Excerpt; sourceTitle: string | undefined }) {
  const { t } = useTranslation()
  const { onQuoteClick } = useBoardCanvas()
  const title = sourceTitle ?? t('card.unknownSource')
  return (
    <button
      type="button"
      className="card-quote nodrag"
      onClick={() => onQuoteClick(excerpt)}
      tabIndex={-1}
      data-card-widget
      title={t('card.quoteFrom', { title })}
      data-testid="card-quote"
      data-source-id={excerpt.sourceId}
    >
      <q className="card-quote-text">{truncateText(excerpt.quote, QUOTE_MAX_CHARS)}</q>
      <span className="card-quote-source">{title}</span>
    </button>
  )
}
