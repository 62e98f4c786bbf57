// @vitest-environment jsdom
/** [SR9] The reader draws an imported article's headings, lists and emphasis; selections keep the text's offsets. */
import { afterEach, describe, expect, it } from 'vitest'
import { selectionToRange } from '../../../client/reader/selectionToRange.ts'
import type { TextBlock } from '../../../shared/board/schema.ts'
import { getArticle, makeSource, pointAt, renderReader, type RenderedReader } from './readerHarness.tsx'

const TEXT = 'Why it matters\nInvestors bet on data centres growing.\nrevenue grows'
const at = (s: string) => TEXT.indexOf(s)
const BLOCKS: TextBlock[] = [
  { kind: 'heading', start: 0, end: 14, level: 1 },
  { kind: 'strong', start: at('data centres'), end: at('data centres') + 12 },
  { kind: 'listItem', start: at('revenue'), end: TEXT.length, marker: '1.' },
]
const source = { ...makeSource('md', 'en', TEXT), blocks: BLOCKS }

let reader: RenderedReader | undefined
afterEach(() => reader?.unmount())

describe('a formatted article in the reader', () => {
  it('[SR9] a heading is a heading element, bold text a <strong>, a list item carries its marker outside the text', () => {
    reader = renderReader({ sources: [source], activeSourceId: 'md' })
    const article = getArticle(reader.container)
    expect(article.querySelector('h3')?.textContent).toBe('Why it matters')
    expect(article.querySelector('strong')?.textContent).toBe('data centres')
    const item = article.querySelector('.reader-li')
    expect(item?.getAttribute('data-marker')).toBe('1.')
    expect(item?.textContent).toBe('revenue grows')
    // One element per line, as the reading position (client/follow) counts them.
    expect(article.children).toHaveLength(3)
  })

  it('[SR9] a selection from inside the bold text into the next word maps to the plain text’s offsets', () => {
    reader = renderReader({ sources: [source], activeSourceId: 'md' })
    const article = getArticle(reader.container)
    const range = document.createRange()
    const start = pointAt(article, 'centres', 'before')
    const end = pointAt(article, ' growing', 'after')
    range.setStart(start.node, start.offset)
    range.setEnd(end.node, end.offset)
    expect(selectionToRange(article, range)).toEqual({ start: at('centres'), end: at('growing') + 7 })
  })
})
