// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { selectionToExcerpt, selectionToRange } from '../../../client/reader/selectionToRange.ts'
import { LIMITS, Stance, type Source } from '../../../shared/board/schema.ts'
import {
  getArticle,
  makeQuotingCard,
  makeSource,
  pointAt,
  readDemoArticle,
  renderReader,
  type RenderedReader,
} from './readerHarness.tsx'

const hans = makeSource('subprime', 'zh-Hans', readDemoArticle('subprime-ai-crisis.zh-Hans.txt'))
const hant = makeSource('altman', 'zh-Hant', readDemoArticle('altman-clarification.zh-Hant.txt'))

// Two overlapping highlights in the third paragraph of the zh-Hans article, so the DOM holds marks.
const BULL_QUOTE = '多个AI“末日的预兆”已经出现'
const BEAR_QUOTE = '已经出现:OpenAI(匆忙)推出的“o1(代号:草莓)”模型'
const cards = [
  makeQuotingCard('card-bull', Stance.Bull, hans, BULL_QUOTE),
  makeQuotingCard('card-bear', Stance.Bear, hans, BEAR_QUOTE),
]

type Build = (article: HTMLElement) => Range | null

interface Case {
  name: string
  source: Source
  build: Build
  /** The expected quote, or null when the selection must map to nothing. */
  quote: string | null
}

function between(
  from: [needle: string, side: 'before' | 'after'],
  to: [needle: string, side: 'before' | 'after'],
): Build {
  return (article) => {
    const start = pointAt(article, ...from)
    const end = pointAt(article, ...to)
    const range = document.createRange()
    range.setStart(start.node, start.offset)
    range.setEnd(end.node, end.offset)
    return range
  }
}

/** Like `between`, and checks that the named end of the range really lies inside a highlight element. */
function insideHighlight(build: Build, end: 'start' | 'end'): Build {
  return (article) => {
    const range = build(article) as Range
    const node = end === 'start' ? range.startContainer : range.endContainer
    expect(node.parentElement?.getAttribute('data-testid')).toBe('highlight')
    return range
  }
}

const cases: Case[] = [
  {
    name: 'maps a sentence inside one paragraph',
    source: hans,
    build: between(['我相信,当前', 'before'], ['最终将崩溃。', 'after']),
    quote: '我相信,当前的人工智能热潮,尤其是生成式AI的热潮(正如我之前所指出的),不可持续,最终将崩溃。',
  },
  {
    name: 'keeps the newline of a selection across two paragraphs',
    source: hans,
    build: between(['建议你现在离开。', 'before'], ['我在这篇文章中', 'after']),
    quote: '建议你现在离开。\n我在这篇文章中',
  },
  {
    name: 'maps a selection that starts inside an existing highlight',
    source: hans,
    build: insideHighlight(between(['末日的预兆', 'after'], ['将涨价;', 'after']), 'start'),
    quote:
      '”已经出现:OpenAI(匆忙)推出的“o1(代号:草莓)”模型被称为“一场大而愚蠢的魔术”(虚假幻想);传闻OpenAI未来模型(及其他地方)将涨价;',
  },
  {
    name: 'maps a selection that ends inside an existing highlight',
    source: hans,
    build: insideHighlight(between(['我写这篇文章', 'before'], ['代号:草莓', 'after']), 'end'),
    quote: '我写这篇文章是因为局势正在迅速变化,多个AI“末日的预兆”已经出现:OpenAI(匆忙)推出的“o1(代号:草莓',
  },
  {
    // The image-only line between the two paragraphs is hidden, so it is trimmed off like the newlines.
    name: 'trims leading whitespace, trailing newlines and a hidden line off the quote',
    source: hant,
    build: between(['下面是OpenAI', 'after'], ['我想澄清幾點', 'before']),
    quote: 'CEO奧特曼發表在其個人X賬號上的澄清說明:',
  },
  {
    name: 'reads element boundaries as a whole paragraph (as a triple click makes them)',
    source: hant,
    build: (article) => {
      const paragraphs = article.querySelectorAll('p')
      const range = document.createRange()
      // The fourth line, an image-only one, is not drawn: the fourth paragraph is the fifth line.
      range.setStart(paragraphs[3] as Node, 0)
      range.setEnd(paragraphs[4] as Node, 0)
      return range
    },
    quote: '我想澄清幾點。',
  },
  {
    name: 'clips a selection that begins before the article at the article start',
    source: hant,
    build: (article) => {
      const range = document.createRange()
      const heading = article.parentElement?.querySelector('h2') as Node
      range.setStart(heading, 0)
      const end = pointAt(article, '編者:OpenAI的CFO', 'after')
      range.setEnd(end.node, end.offset)
      return range
    },
    quote: '編者:OpenAI的CFO',
  },
  {
    name: 'returns null for a selection of nothing but the newline between paragraphs',
    source: hant,
    build: between(['我想澄清幾點。', 'after'], ['首先是顯而易見', 'before']),
    quote: null,
  },
  {
    name: 'returns null for a selection outside the article',
    source: hant,
    build: (article) => {
      const tab = article.ownerDocument.querySelector('[data-testid="reader-tab-altman"]') as Element
      const range = document.createRange()
      range.selectNodeContents(tab)
      expect(range.collapsed).toBe(false)
      return range
    },
    quote: null,
  },
  {
    name: 'returns null for a collapsed selection',
    source: hans,
    build: between(['我相信', 'after'], ['我相信', 'after']),
    quote: null,
  },
]

describe('selectionToRange on the rendered demo articles', () => {
  const readers = new Map<string, RenderedReader>()
  beforeAll(() => {
    for (const source of [hans, hant]) {
      readers.set(
        source.id,
        renderReader({ sources: [hans, hant], cards, activeSourceId: source.id, readOnly: true }),
      )
    }
  })
  afterAll(() => readers.forEach((reader) => reader.unmount()))

  it('renders the overlapping test highlights as marks', () => {
    const article = getArticle(readers.get(hans.id)!.container)
    const stances = [...article.querySelectorAll('[data-testid="highlight"]')].map((m) =>
      m.getAttribute('data-stance'),
    )
    expect(stances).toEqual(['bull', 'mixed', 'bear'])
  })

  it.each(cases)('$name', ({ source, build, quote }) => {
    const article = getArticle(readers.get(source.id)!.container)
    const range = build(article) as Range
    const mapped = selectionToRange(article, range)
    const excerpt = selectionToExcerpt(article, range, source)
    if (quote === null) {
      expect(mapped).toBeNull()
      expect(excerpt).toBeNull()
      return
    }
    const start = source.text.indexOf(quote)
    expect(start).toBeGreaterThanOrEqual(0)
    expect(source.text.indexOf(quote, start + 1)).toBe(-1)
    expect(mapped).toEqual({ start, end: start + quote.length })
    expect(excerpt).toEqual({
      sourceId: source.id,
      start,
      end: start + quote.length,
      quote,
      prefix: source.text.slice(Math.max(0, start - LIMITS.contextLength), start),
      suffix: source.text.slice(start + quote.length, start + quote.length + LIMITS.contextLength),
    })
  })

  it('gives the context the excerpt is re-found by', () => {
    const article = getArticle(readers.get(hans.id)!.container)
    const excerpt = selectionToExcerpt(
      article,
      between(['最终将崩溃。', 'before'], ['最终将崩溃。', 'after'])(article)!,
      hans,
    )
    expect(excerpt?.prefix.endsWith('(正如我之前所指出的),不可持续,')).toBe(true)
    expect(excerpt?.suffix.startsWith('我担心这种崩溃可能会对大型科技公司')).toBe(true)
  })

  it('accepts the document Selection as well as a Range', () => {
    const article = getArticle(readers.get(hant.id)!.container)
    const selection = document.getSelection()!
    selection.removeAllRanges()
    selection.addRange(between(['我想澄清幾點。', 'before'], ['我想澄清幾點。', 'after'])(article)!)
    const start = hant.text.indexOf('我想澄清幾點。')
    expect(selectionToRange(article, selection)).toEqual({ start, end: start + '我想澄清幾點。'.length })
    selection.removeAllRanges()
    expect(selectionToRange(article, selection)).toBeNull()
  })
})
