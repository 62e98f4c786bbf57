/**
 * [SR9] An imported article's blocks drawn over its paragraphs: each line gets the style of the blocks
 * holding it, pieces are cut only where inline marks start or end, and every offset stays the text's.
 */
import { describe, expect, it } from 'vitest'
import { splitArticle } from '../../../client/reader/articleBlocks.ts'
import { formatParagraphs } from '../../../client/reader/articleFormatting.ts'
import type { HighlightSegment } from '../../../client/reader/highlightSegments.ts'
import type { TextBlock } from '../../../shared/board/schema.ts'

// As parseMarkdown lays out "# Title\n\nSome **bold** and *soft* words.\n\n- one\n- two\n\n> said":
const TEXT = 'Title\nSome bold and soft words.\none\ntwo\nsaid'
const at = (s: string) => TEXT.indexOf(s)
const span = (kind: TextBlock['kind'], s: string, extra: Partial<TextBlock> = {}): TextBlock => ({
  kind,
  start: at(s),
  end: at(s) + s.length,
  ...extra,
})
const BLOCKS: TextBlock[] = [
  span('heading', 'Title', { level: 1 }),
  span('paragraph', 'Some bold and soft words.'),
  span('strong', 'bold'),
  span('emphasis', 'soft'),
  span('listItem', 'one', { marker: '•' }),
  span('paragraph', 'one'),
  span('listItem', 'two', { marker: '•' }),
  span('quote', 'said'),
  span('paragraph', 'said'),
]

const format = (blocks: TextBlock[] | undefined, segments: HighlightSegment[] = []) =>
  formatParagraphs(splitArticle(TEXT, segments), blocks)
const pieces = (blocks: TextBlock[] | undefined, segments: HighlightSegment[] = []) =>
  format(blocks, segments).map((p) => p.pieces.map((x) => [TEXT.slice(x.start, x.end), x.marks.join('+')]))

describe('formatting an imported article', () => {
  it.each([
    { line: 0, style: { heading: 1 }, why: 'a heading line carries its level' },
    { line: 1, style: {}, why: 'a plain paragraph has no style' },
    { line: 2, style: { listItem: { marker: '•' } }, why: 'a list item shows its marker on its first line' },
    { line: 4, style: { quote: true }, why: 'a quote' },
  ])('[SR9] line $line: $why', ({ line, style }) => {
    expect(format(BLOCKS)[line]!.style).toEqual(style)
  })

  it('[SR9] a list item of two lines shows its marker on the first only; a code block styles every line', () => {
    const text = 'first line\nsecond line\nx = 1\ny = 2'
    const blocks: TextBlock[] = [
      { kind: 'listItem', start: 0, end: 22, marker: '1.' },
      { kind: 'code', start: 23, end: 34 },
    ]
    const styles = formatParagraphs(splitArticle(text, []), blocks).map((p) => p.style)
    expect(styles).toEqual([
      { listItem: { marker: '1.' } },
      { listItem: { marker: undefined } },
      { code: true },
      { code: true },
    ])
  })

  it('[SR9] pieces are cut where bold and emphasis start and end, nowhere else, and carry their marks', () => {
    expect(pieces(BLOCKS)[1]).toEqual([
      ['Some ', ''],
      ['bold', 'strong'],
      [' and ', ''],
      ['soft', 'emphasis'],
      [' words.', ''],
    ])
  })

  it('[SR9] a highlight across a bold word stays one highlight cut into marked pieces with the same segment', () => {
    const segment: HighlightSegment = {
      start: at('me bold an'),
      end: at('me bold an') + 10,
      cardIds: ['c'],
      stances: ['bull'],
    }
    const line = format(BLOCKS, [segment])[1]!.pieces
    expect(line.map((p) => [TEXT.slice(p.start, p.end), p.marks.join('+'), p.segment === segment])).toEqual([
      ['So', '', false],
      ['me ', '', true],
      ['bold', 'strong', true],
      [' an', '', true],
      ['d ', '', false],
      ['soft', 'emphasis', false],
      [' words.', '', false],
    ])
  })

  it('[SR9] the pieces still cover the text exactly: their offsets are those of the plain text', () => {
    const covered = format(BLOCKS)
      .map((p) => p.pieces.map((x) => TEXT.slice(x.start, x.end)).join(''))
      .join('\n')
    expect(covered).toBe(TEXT)
  })

  it('[SR9] strong inside emphasis carries both marks, strong outermost', () => {
    const text = 'a very big deal'
    const blocks: TextBlock[] = [
      { kind: 'emphasis', start: 2, end: 10 },
      { kind: 'strong', start: 7, end: 10 },
    ]
    const [line] = formatParagraphs(splitArticle(text, []), blocks)
    expect(line!.pieces.map((p) => [text.slice(p.start, p.end), p.marks])).toEqual([
      ['a ', []],
      ['very ', ['emphasis']],
      ['big', ['strong', 'emphasis']],
      [' deal', []],
    ])
  })

  it('[SR9] without blocks (a pasted or .txt article) nothing changes', () => {
    expect(pieces(undefined)).toEqual(TEXT.split('\n').map((line) => [[line, '']]))
    expect(format(undefined).every((p) => Object.keys(p.style).length === 0)).toBe(true)
  })

  it('[SR9] a pile of forged blocks over every line is drawn at a bounded depth, in linear time', () => {
    const text = 'word\n'.repeat(10_000)
    const forged: TextBlock[] = Array.from({ length: 50_000 }, () => ({
      kind: 'strong',
      start: 0,
      end: text.length,
    }))
    const began = performance.now()
    const lines = formatParagraphs(splitArticle(text, []), forged)
    // Generous for a busy machine: without the bound it is 10,000 lines × 50,000 open blocks.
    expect(performance.now() - began).toBeLessThan(2_000)
    expect(lines[9_999]!.pieces.map((p) => [p.start, p.end, p.marks])).toEqual([[49_995, 49_999, ['strong']]])
  })
})
