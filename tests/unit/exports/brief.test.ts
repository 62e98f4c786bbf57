import { describe, expect, it } from 'vitest'
import { briefOutline, type BriefItem } from '../../../server/exports/briefOutline.ts'
import { escapeMarkdown, markdownBrief } from '../../../server/exports/markdownBrief.ts'
import { rankCards } from '../../../server/exports/rankCards.ts'
import { urlAtPassage } from '../../../shared/board/textFragment.ts'
import { card, content, link, source } from './content.ts'

const AT_PASSAGE = urlAtPassage('https://example.com/a', card('x', 'bull', 0).excerpt!)

/** The outline as nested ids: `[id, rebuttals, supports]`. */
type Tree = [string, Tree[], Tree[]]
const tree = (item: BriefItem): Tree => [item.card.id, item.rebuttals.map(tree), item.supports.map(tree)]
const sides = (parts: Parameters<typeof content>[0]) =>
  briefOutline(content(parts)).sides.map((side) => [side.stance, side.items.map(tree)])

describe('the debate brief', () => {
  it('[EX1] ranks a side oldest first, ties by id', () => {
    const cards = [card('c', 'bull', 2), card('b', 'bull', 1), card('a', 'bull', 2)]
    expect(rankCards(cards).map((c) => c.id)).toEqual(['b', 'a', 'c'])
  })

  it.each<[string, Parameters<typeof content>[0], unknown]>([
    [
      'no cards',
      {},
      [
        ['bull', []],
        ['bear', []],
      ],
    ],
    [
      'a rebuttal nested under what it answers, across sides',
      { cards: [card('a', 'bull', 1), card('b', 'bear', 2)], links: [link('b', 'a')] },
      [
        ['bull', [['a', [['b', [], []]], []]]],
        ['bear', []],
      ],
    ],
    [
      'supports apart from rebuttals, and threads two deep',
      {
        cards: [card('a', 'bull', 1), card('b', 'bear', 2), card('c', 'bull', 3), card('d', 'bull', 4)],
        links: [link('b', 'a'), link('c', 'b'), link('d', 'a', 'supports')],
      },
      [
        ['bull', [['a', [['b', [['c', [], []]], []]], [['d', [], []]]]]],
        ['bear', []],
      ],
    ],
    [
      'a loop of rebuttals listed once, at its side end',
      { cards: [card('a', 'bull', 1), card('b', 'bear', 2)], links: [link('a', 'b'), link('b', 'a')] },
      [
        ['bull', [['a', [['b', [], []]], []]]],
        ['bear', []],
      ],
    ],
    [
      'a card answering two others listed once, under the first ranked',
      {
        cards: [card('a', 'bull', 1), card('b', 'bull', 2), card('c', 'bear', 3)],
        links: [link('c', 'a'), link('c', 'b')],
      },
      [
        [
          'bull',
          [
            ['a', [['c', [], []]], []],
            ['b', [], []],
          ],
        ],
        ['bear', []],
      ],
    ],
  ])('[EX3] outlines %s', (_name, parts, expected) => {
    expect(sides(parts)).toEqual(expected)
  })

  it('[EX2] links a passage by text fragment only where the article has a URL', () => {
    const outline = briefOutline(
      content({
        sources: [source('s1'), source('s2', null)],
        cards: [card('a', 'bull', 1, 's1'), card('b', 'bull', 2, 's2')],
      }),
    )
    const [a, b] = outline.sides[0]!.items
    expect(a!.passageUrl).toBe(AT_PASSAGE)
    expect(AT_PASSAGE).toMatch(/^https:\/\/example\.com\/a#:~:text=.*Rates%20rose/)
    expect(b!.passageUrl).toBeUndefined()
    expect(b!.sourceTitle).toBe('Article s2')
  })

  it('[EX1] writes title, motion, sides, quotes and sources as Markdown', () => {
    const outline = briefOutline(
      content({ cards: [card('a', 'bull', 1), card('b', 'bear', 2, null)], links: [link('b', 'a')] }),
    )
    expect(markdownBrief(outline, 'en')).toBe(
      [
        '# Board',
        '',
        '**Motion:** Rates will fall.',
        '',
        '## Bull side',
        '',
        '1. card a',
        '',
        '   > Rates rose',
        '',
        `   Source: *Article s1* — [open at the passage](${AT_PASSAGE})`,
        '',
        '   Rebuttals:',
        '',
        '   - card b',
        '',
        '## Bear side',
        '',
        'No cards on this side.',
        '',
      ].join('\n'),
    )
  })

  it('[EX4] writes the labels in Traditional Chinese', () => {
    const markdown = markdownBrief(briefOutline(content({ cards: [card('a', 'bear', 1)] })), 'zh-Hant')
    expect(markdown).toContain('**辯題:**')
    expect(markdown).toContain('## 反方')
    expect(markdown).toContain('來源: *Article s1*')
  })

  it.each([
    ['**bold** and _it_', '\\*\\*bold\\*\\* and \\_it\\_'],
    ['<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['[a](javascript:x)', '\\[a\\](javascript:x)'],
    ['# not a heading', '\\# not a heading'],
    ['利率上升 (5%)', '利率上升 (5%)'],
  ])('[EX3] escapes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped)
  })
})
