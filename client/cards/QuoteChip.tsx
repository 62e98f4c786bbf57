import { useTranslation } from 'react-i18next'
import type { Excerpt } from '../../shared/board/schema.ts'
import { urlAtPassage } from '../../shared/board/textFragment.ts'
import type { CitedPages } from '../../shared/sources/citedPages.ts'
import { useBoardCanvas } from '../canvas/BoardCanvasContext.ts'
import { truncateText } from '../ui/truncateText.ts'
import { QUOTE_MAX_CHARS } from './cardLook.ts'

export interface QuoteChipProps {
  excerpt: Excerpt
  sourceTitle: string | undefined
  /** The article's original page: shown as "Open original", at the passage. */
  sourceUrl?: string | undefined
  /** The quote is no longer in the article's text. */
  orphaned?: boolean
  /** The PDF pages the passage is on: shown after the article's title. */
  pages?: CitedPages | undefined
}

/**
 * The excerpt a card cites; clicking it shows the passage in the reader. Below it, a note when the
 * passage is gone from the article, and a link to the passage on the article's original page.
 */
export function QuoteChip({ excerpt, sourceTitle, sourceUrl, orphaned = false, pages }: QuoteChipProps) {
  const { t } = useTranslation()
  const { onQuoteClick } = useBoardCanvas()
  const title = sourceTitle ?? t('card.unknownSource')
  return (
    <>
      <button
        type="button"
        className={`card-quote nodrag${orphaned ? ' card-quote--orphaned' : ''}`}
        onClick={() => onQuoteClick(excerpt)}
        tabIndex={-1}
        data-card-widget
        title={t('card.quoteFrom', { title })}
        data-testid="card-quote"
        data-source-id={excerpt.sourceId}
      >
        <q className="card-quote-text">{truncateText(excerpt.quote, QUOTE_MAX_CHARS)}</q>
        <span className="card-quote-source">
          {title}
          {pages && (
            <span className="card-quote-page" data-testid="card-quote-page">
              {pages.first === pages.last
                ? t('card.page', { page: pages.first })
                : t('card.pages', { first: pages.first, last: pages.last })}
            </span>
          )}
        </span>
      </button>
      {orphaned && (
        <p className="card-orphan" role="note" data-testid="card-orphan">
          {t('card.orphaned')}
        </p>
      )}
      {sourceUrl && isWebUrl(sourceUrl) && (
        <a
          className="card-origin nodrag"
          href={urlAtPassage(sourceUrl, excerpt)}
          target="_blank"
          rel="noopener noreferrer"
          tabIndex={-1}
          data-card-widget
          data-testid="card-open-original"
        >
          {t('card.openOriginal')}
        </a>
      )}
    </>
  )
}

// The schema only admits web links; this keeps a stray `javascript:` from ever becoming an href.
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url)
}
