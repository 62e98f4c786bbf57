import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitArticle } from '../../../client/reader/articleBlocks.ts'
import { findHiddenRanges } from '../../../client/reader/hiddenText.ts'
import type { HighlightSegment } from '../../../client/reader/highlightSegments.ts'

const readDemoArticle = (file: string) =>
  readFileSync(new URL(`../../../server/demo/articles/${file}`, import.meta.url), 'utf8')

/** What the reader draws: each paragraph's pieces, joined, one line per paragraph. */
function shown(text: string, segments: HighlightSegment[] = []) {
  return splitArticle(text, segments, findHiddenRanges(text))
    .map((paragraph) => paragraph.pieces.map((piece) => text.slice(piece.start, piece.end)).join(''))
    .join('\n')
}

describe('hiding leftovers of a pasted article without changing its offsets', () => {
  it.each([
    ['an empty Markdown image line', '前文\n![]()\n後文', '前文\n後文'],
    [
      'an image line with alt text, a URL and spaces around it',
      'a\n  ![圖表](https://x.cn/a.png "t") \nb',
      'a\nb',
    ],
    ['doubled half-width commas, drawn once', '公開表示,,如通過', '公開表示,如通過'],
    ['doubled full-width commas, drawn once', '他说，，然后', '他说，然后'],
    ['a run of three commas, drawn once', 'a,,,b', 'a,b'],
    ['an image line with a CRLF ending', 'a\r\n![]()\r\nb', 'a\r\nb'],
  ])('hides %s', (_name, text, expected) => {
    expect(shown(text)).toBe(expected)
  })

  it.each([
    ['an image in the middle of a sentence', '見圖 ![](a.png) 所示'],
    ['an image line with text after it', '![](a.png) 圖一'],
    ['a single comma of each kind', '一,二，三'],
    ['two different commas in a row', '一,，二'],
    ['an empty line', '上\n\n下'],
  ])('leaves %s as it is', (_name, text) => {
    expect(shown(text)).toBe(text)
  })

  it('keeps the offsets of every shown character those of the stored text', () => {
    const text = '表示,,如通過\n![]()\n我想澄清，，幾點。'
    for (const paragraph of splitArticle(text, [], findHiddenRanges(text)))
      for (const piece of paragraph.pieces)
        expect(text.slice(piece.start, piece.end)).not.toMatch(/,,|，，|!\[/)
    const pieces = splitArticle(text, [], findHiddenRanges(text)).flatMap((p) => p.pieces)
    expect(pieces.map((p) => [p.start, p.end])).toEqual([
      [0, 3],
      [4, 7],
      [14, 19],
      [20, 23],
    ])
  })

  it('splits a highlight around a hidden comma and keeps it on both sides', () => {
    const text = '公開表示,,如通過'
    const segment: HighlightSegment = { start: 2, end: 7, cardIds: ['c'], stances: ['bull'] }
    const pieces = splitArticle(text, [segment], findHiddenRanges(text))[0]!.pieces
    expect(pieces.map((p) => [p.start, p.end, p.segment?.cardIds[0]])).toEqual([
      [0, 2, undefined],
      [2, 5, 'c'],
      [6, 7, 'c'],
      [7, 9, undefined],
    ])
  })

  it('cleans the bundled demo article: no raw image line, no doubled comma, same bytes underneath', () => {
    const text = readDemoArticle('altman-clarification.zh-Hant.txt')
    expect(text).toContain('\n![]()\n')
    expect(text).toContain('表示,,如')
    const drawn = shown(text)
    expect(drawn).not.toContain('![]()')
    expect(drawn).toContain('表示,如')
    expect(drawn.split('\n')).toHaveLength(text.split('\n').length - 1)
  })
})
