// @vitest-environment jsdom
/** [SR1] [SR2] What a card shows of its article: a lost passage's note, and the link to the original page. */
import { describe, expect, it, vi } from 'vitest'
import { QuoteChip, type QuoteChipProps } from '../../../client/cards/QuoteChip.tsx'
import {
  BoardCanvasContext,
  type BoardCanvasContextValue,
} from '../../../client/canvas/BoardCanvasContext.ts'
import { toCardNodes, EMPTY_VIEW_STATE } from '../../../client/canvas/toFlow.ts'
import { EMPTY_SELECTION } from '../../../client/canvas/selection.ts'
import { makeExcerpt } from '../../../shared/board/excerpt.ts'
import type { Card, Source } from '../../../shared/board/schema.ts'
import { renderInDom } from '../../helpers/renderInDom.tsx'

const TEXT = 'Rates rose in May. Prices followed in June. Nobody was surprised.'
const start = TEXT.indexOf('Prices')
const excerpt = makeExcerpt('a', TEXT, start, start + 'Prices followed in June.'.length)

function renderChip(props: Partial<QuoteChipProps>, onQuoteClick = vi.fn()) {
  const context = { onQuoteClick } as unknown as BoardCanvasContextValue
  return renderInDom(
    <BoardCanvasContext.Provider value={context}>
      <QuoteChip excerpt={excerpt} sourceTitle="Article" {...props} />
    </BoardCanvasContext.Provider>,
  )
}

function source(text: string, url?: string): Source {
  return { id: 'a', title: 'Article', language: 'en', text, url, addedBy: '', sha256: '', addedAt: 0 }
}

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

describe('a card’s quote', () => {
  it('[SR1] an orphaned card says its passage was not found and still shows its quote', () => {
    const chip = renderChip({ orphaned: true })
    expect(chip.find('card-orphan')?.textContent).toBe('The article changed — this passage was not found')
    expect(chip.find('card-quote')?.textContent).toContain('Prices followed in June.')
  })

  it('[SR1] a card whose quote is found shows no orphan note', () => {
    expect(renderChip({ orphaned: false }).find('card-orphan')).toBeNull()
  })

  it('[SR1] the canvas marks a card orphaned exactly when its article no longer holds its quote', () => {
    const nodes = (text: string) => toCardNodes([card], [source(text)], EMPTY_SELECTION, EMPTY_VIEW_STATE)
    expect(nodes(TEXT)[0]?.data.orphaned).toBe(false)
    expect(nodes('Rates rose in May. Nobody was surprised.')[0]?.data.orphaned).toBe(true)
  })

  it('[SR2] "Open original" opens the article’s URL at the passage, in a new tab without referrer', () => {
    const link = renderChip({ sourceUrl: 'https://example.com/news' }).find<HTMLAnchorElement>(
      'card-open-original',
    )
    expect(link?.getAttribute('href')).toBe(
      'https://example.com/news#:~:text=rose%20in%20May.-,Prices%20followed%20in%20June.,-Nobody%20was%20surprised.',
    )
    expect(link?.target).toBe('_blank')
    expect(link?.rel).toBe('noopener noreferrer')
  })

  it('[SR2] there is no "Open original" for an article without a URL, or with one that is not a web link', () => {
    expect(renderChip({}).find('card-open-original')).toBeNull()
    expect(renderChip({ sourceUrl: 'javascript:alert(1)' }).find('card-open-original')).toBeNull()
  })
})
