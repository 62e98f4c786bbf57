// @vitest-environment jsdom
/** [SR11] A card quoting a PDF article names the page its passage is on, where the passage is now. */
import { describe, expect, it, vi } from 'vitest'
import { QuoteChip } from '../../../client/cards/QuoteChip.tsx'
import {
  BoardCanvasContext,
  type BoardCanvasContextValue,
} from '../../../client/canvas/BoardCanvasContext.ts'
import { toCardNodes, EMPTY_VIEW_STATE } from '../../../client/canvas/toFlow.ts'
import { EMPTY_SELECTION } from '../../../client/canvas/selection.ts'
import { makeExcerpt } from '../../../shared/board/excerpt.ts'
import type { Card, PageSpan, Source } from '../../../shared/board/schema.ts'
import { renderInDom } from '../../helpers/renderInDom.tsx'

const TEXT = 'Rates rose in May.\nPrices followed in June.\nNobody was surprised.'
const PAGES: PageSpan[] = [
  { page: 1, start: 0, end: 18 },
  { page: 2, start: 19, end: 43 },
  { page: 3, start: 44, end: TEXT.length },
]
const start = TEXT.indexOf('Prices')
const excerpt = makeExcerpt('a', TEXT, start, start + 'Prices followed in June.'.length)
const card: Card = {
  id: 'c',
  stance: 'bull',
  text: '',
  x: 0,
  y: 0,
  excerpt,
  authorId: '',
  authorName: '',
  createdAt: 0,
}

function source(text: string, pages?: PageSpan[]): Source {
  return { id: 'a', title: 'Report', language: 'en', text, addedBy: '', sha256: '', addedAt: 0, pages }
}

function chipOf(src: Source) {
  const [node] = toCardNodes([card], [src], EMPTY_SELECTION, EMPTY_VIEW_STATE)
  const context = { onQuoteClick: vi.fn() } as unknown as BoardCanvasContextValue
  const { sourceTitle, pages } = node!.data
  return renderInDom(
    <BoardCanvasContext.Provider value={context}>
      <QuoteChip excerpt={excerpt} sourceTitle={sourceTitle} pages={pages} />
    </BoardCanvasContext.Provider>,
  )
}

describe('the page on a card’s quote', () => {
  it('[SR11] a PDF article’s passage shows "p. 2" after the title', () => {
    const chip = chipOf(source(TEXT, PAGES))
    expect(chip.find('card-quote-page')?.textContent).toBe('p. 2')
    expect(chip.find('card-quote')?.textContent).toContain('Report')
  })

  it('[SR11] a passage across two pages shows "pp. 1–2"', () => {
    const wide = makeExcerpt('a', TEXT, 6, start + 6)
    const [node] = toCardNodes(
      [{ ...card, excerpt: wide }],
      [source(TEXT, PAGES)],
      EMPTY_SELECTION,
      EMPTY_VIEW_STATE,
    )
    expect(node!.data.pages).toEqual({ first: 1, last: 2 })
  })

  it('[SR11] after a new version the page is where the passage is now, and none for a lost passage', () => {
    const moved = 'A new first page.\nRates rose in May.\nPrices followed in June.'
    const pages = [
      { page: 1, start: 0, end: 17 },
      { page: 2, start: 18, end: 36 },
      { page: 3, start: 37, end: moved.length },
    ]
    expect(chipOf(source(moved, pages)).find('card-quote-page')?.textContent).toBe('p. 3')
    expect(
      chipOf(source('Nothing of it is left.', [{ page: 1, start: 0, end: 22 }])).find('card-quote-page'),
    ).toBeNull()
  })

  it('[SR11] an article without pages (not a PDF) shows no page', () => {
    expect(chipOf(source(TEXT)).find('card-quote-page')).toBeNull()
  })
})
