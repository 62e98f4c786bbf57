// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FLASH_CLASS, FLASH_MS } from '../../../client/reader/revealPassage.ts'
import { Stance } from '../../../shared/board/schema.ts'
import {
  changeSelection,
  getArticle,
  makeQuotingCard,
  makeSource,
  pointAt,
  readDemoArticle,
  renderReader,
  selectRange,
  type RenderedReader,
} from './readerHarness.tsx'

const hans = makeSource(
  'subprime',
  'zh-Hans',
  readDemoArticle('subprime-ai-crisis.zh-Hans.txt'),
  '生成式AI热潮不可持续',
)
const hant = makeSource(
  'altman',
  'zh-Hant',
  readDemoArticle('altman-clarification.zh-Hant.txt'),
  '奧特曼澄清',
)
const bullCard = makeQuotingCard('card-bull', Stance.Bull, hans, '多个AI“末日的预兆”已经出现', '泡沫论站不住')
const bearCard = makeQuotingCard(
  'card-bear',
  Stance.Bear,
  hans,
  '已经出现:OpenAI(匆忙)推出的',
  '崩溃迹象明显',
)
const hantCard = makeQuotingCard('card-hant', Stance.Bear, hant, '我想澄清幾點。')

let reader: RenderedReader | undefined
afterEach(() => {
  reader?.unmount()
  reader = undefined
  vi.useRealTimers()
})

function highlights(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLElement>('[data-testid="highlight"]')]
}

function click(element: Element) {
  act(() => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }))
  })
}

/** Selects the first occurrence of `needle` in the article (it must lie in one text node). */
async function selectText(article: HTMLElement, needle: string) {
  const start = pointAt(article, needle, 'before')
  const range = document.createRange()
  range.setStart(start.node, start.offset)
  range.setEnd(start.node, start.offset + needle.length)
  await selectRange(range)
}

describe('ReaderPane', () => {
  it('shows one tab per source and the active article with its language', () => {
    reader = renderReader({ sources: [hans, hant], activeSourceId: hant.id })
    const tabs = ['subprime', 'altman'].map((id) =>
      reader!.container.querySelector(`[data-testid="reader-tab-${id}"]`),
    )
    expect(tabs.map((tab) => tab?.getAttribute('aria-selected'))).toEqual(['false', 'true'])
    const article = getArticle(reader.container)
    expect(article.dataset.sourceId).toBe('altman')
    expect(article.lang).toBe('zh-Hant')
    // One paragraph per line, less the demo article's one image-only line, which the reader hides.
    expect(article.querySelectorAll('p')).toHaveLength(hant.text.split('\n').length - 1)
  })

  it('asks for another source when its tab is clicked', () => {
    const onActiveSourceChange = vi.fn()
    reader = renderReader({ sources: [hans, hant], activeSourceId: hans.id, onActiveSourceChange })
    click(reader.container.querySelector('[data-testid="reader-tab-altman"]')!)
    expect(onActiveSourceChange).toHaveBeenCalledWith('altman')
  })

  it('shows a friendly message when there are no sources', () => {
    reader = renderReader({ sources: [] })
    expect(reader.container.querySelector('[data-testid="reader"]')?.textContent).toContain('No articles yet')
  })

  it('calls onHighlightActivate with every card id of the clicked highlight', () => {
    const onHighlightActivate = vi.fn()
    reader = renderReader({
      sources: [hans],
      cards: [bullCard, bearCard],
      activeSourceId: hans.id,
      onHighlightActivate,
    })
    const marks = highlights(reader.container)
    expect(marks.map((m) => [m.dataset.cardIds, m.dataset.stance])).toEqual([
      ['card-bull', 'bull'],
      ['card-bull card-bear', 'mixed'],
      ['card-bear', 'bear'],
    ])
    click(marks[1]!)
    expect(onHighlightActivate).toHaveBeenCalledExactlyOnceWith(['card-bull', 'card-bear'])
  })

  it('lists the citing cards while a highlight is hovered', () => {
    reader = renderReader({ sources: [hans], cards: [bullCard, bearCard], activeSourceId: hans.id })
    const mixed = highlights(reader.container)[1]!
    act(() => {
      mixed.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))
    })
    const popover = reader.container.querySelector('[data-testid="highlight-popover"]')
    expect(popover?.textContent).toContain('Bull泡沫论站不住Author card-bull')
    expect(popover?.textContent).toContain('Bear崩溃迹象明显Author card-bear')
    act(() => {
      mixed.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }))
    })
    expect(reader.container.querySelector('[data-testid="highlight-popover"]')).toBeNull()
  })

  it('shows the toolbar on a selection in the article, and Bull creates a card at its offsets', async () => {
    const onCreateCard = vi.fn()
    reader = renderReader({ sources: [hans, hant], activeSourceId: hans.id, onCreateCard })
    expect(reader.container.querySelector('[data-testid="selection-toolbar"]')).toBeNull()
    await selectText(getArticle(reader.container), '不可持续,最终将崩溃')
    const bull = reader.container.querySelector('[data-testid="selection-bull"]')
    expect(bull).not.toBeNull()
    await changeSelection(() => click(bull!))
    const start = hans.text.indexOf('不可持续,最终将崩溃')
    expect(onCreateCard).toHaveBeenCalledExactlyOnceWith(Stance.Bull, {
      sourceId: 'subprime',
      start,
      end: start + 10,
    })
    expect(document.getSelection()?.rangeCount).toBe(0)
    expect(reader.container.querySelector('[data-testid="selection-toolbar"]')).toBeNull()
  })

  it('creates a bear card with the n key, but not while the user types in a field', async () => {
    const onCreateCard = vi.fn()
    reader = renderReader({ sources: [hant], activeSourceId: hant.id, onCreateCard })
    await selectText(getArticle(reader.container), '我想澄清幾點。')
    const input = document.createElement('input')
    document.body.append(input)
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }))
    })
    input.remove()
    expect(onCreateCard).not.toHaveBeenCalled()
    await changeSelection(() =>
      act(() => {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }))
      }),
    )
    const start = hant.text.indexOf('我想澄清幾點。')
    expect(onCreateCard).toHaveBeenCalledExactlyOnceWith(Stance.Bear, {
      sourceId: 'altman',
      start,
      end: start + 7,
    })
  })

  it('shows no toolbar when read-only', async () => {
    reader = renderReader({ sources: [hans], activeSourceId: hans.id, readOnly: true })
    await selectText(getArticle(reader.container), '不可持续,最终将崩溃')
    expect(reader.container.querySelector('[data-testid="selection-toolbar"]')).toBeNull()
    await changeSelection(() => document.getSelection()?.removeAllRanges())
  })

  it('switches source for a focus request, then flashes the passage for a while', () => {
    vi.useFakeTimers()
    const onActiveSourceChange = vi.fn()
    const cards = [bullCard, hantCard]
    reader = renderReader({ sources: [hans, hant], cards, activeSourceId: hans.id, onActiveSourceChange })
    const start = hant.text.indexOf('我想澄清幾點。')
    reader.rerender({ focusRequest: { sourceId: 'altman', start, end: start + 7, nonce: 1 } })
    expect(onActiveSourceChange).toHaveBeenCalledExactlyOnceWith('altman')
    reader.rerender({ activeSourceId: 'altman' })
    const [mark] = highlights(reader.container)
    expect(mark?.dataset.cardIds).toBe('card-hant')
    expect(mark?.classList.contains(FLASH_CLASS)).toBe(true)
    act(() => vi.advanceTimersByTime(FLASH_MS))
    expect(mark?.classList.contains(FLASH_CLASS)).toBe(false)
    // The same nonce again is not a new request; a new nonce flashes again.
    reader.rerender({ cards: [...cards] })
    expect(mark?.classList.contains(FLASH_CLASS)).toBe(false)
    reader.rerender({ focusRequest: { sourceId: 'altman', start, end: start + 7, nonce: 2 } })
    expect(mark?.classList.contains(FLASH_CLASS)).toBe(true)
  })

  it('flashes where a focused excerpt stands now, not at its stale offsets', () => {
    const edited = makeSource('altman', 'zh-Hant', '編者按：本文經過修訂。\n' + hant.text, '奧特曼澄清')
    reader = renderReader({ sources: [edited], cards: [hantCard], activeSourceId: 'altman' })
    const excerpt = hantCard.excerpt
    if (!excerpt) throw new Error('the card quotes nothing')
    reader.rerender({ focusRequest: { ...excerpt, nonce: 1, excerpt } })
    const flashed = [...reader.container.querySelectorAll(`.${FLASH_CLASS}`)]
    expect(flashed.map((element) => element.textContent)).toEqual(['我想澄清幾點。'])
  })

  it('flashes nothing for a focused excerpt whose passage is gone', () => {
    const edited = makeSource('altman', 'zh-Hant', hant.text.replace('我想澄清幾點。', ''), '奧特曼澄清')
    reader = renderReader({ sources: [edited], cards: [hantCard], activeSourceId: 'altman' })
    const excerpt = hantCard.excerpt
    if (!excerpt) throw new Error('the card quotes nothing')
    reader.rerender({ focusRequest: { ...excerpt, nonce: 1, excerpt } })
    expect(reader.container.querySelectorAll(`.${FLASH_CLASS}`)).toHaveLength(0)
  })
})
