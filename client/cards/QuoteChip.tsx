import { useTranslation } from 'react-i18next'
import type { Excerpt } from '../../shared/board/schema.ts'
import { useBoardCanvas } from '../canvas/BoardCanvasContext.ts'

const QUOTE_MAX_CHARS = 120

/** Shortens a quote to `max` characters at most, ending with an ellipsis when cut. */
export function truncateQuote(quote: string, max = QUOTE_MAX_CHARS): string {
  const flat = quote.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = Array.from(flat)
    .slice(0, max - 1)
    .join('')
  return `${cut.trimEnd()}…`
}

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
      title={t('card.quoteFrom', { title })}
      data-testid="card-quote"
      data-source-id={excerpt.sourceId}
    >
      <q className="card-quote-text">{truncateQuote(excerpt.quote)}</q>
      <span className="card-quote-source">{title}</span>
    </button>
  )
}
