import { describe, expect, it } from 'vitest'
import {
  joinPages,
  linesOfRuns,
  paragraphsOfLines,
  type PdfTextRun,
} from '../../../../server/sources/parsers/pdfLayout.ts'

const run = (str: string, y: number, height = 10, hasEOL = true): PdfTextRun => ({ str, y, height, hasEOL })
const paragraphs = (runs: PdfTextRun[]) => paragraphsOfLines(linesOfRuns(runs))

describe('laying out the text runs of a PDF page', () => {
  it.each([
    [
      'joins lines of one paragraph, Chinese without a space',
      [run('第一行', 700), run('第二行。', 686)],
      ['第一行第二行。'],
    ],
    [
      'joins English lines with a space',
      [run('first line', 700), run('second line.', 686)],
      ['first line second line.'],
    ],
    [
      'starts a paragraph after a gap taller than a line',
      [run('one.', 700), run('two.', 670)],
      ['one.', 'two.'],
    ],
    [
      'starts a paragraph where the font size changes',
      [run('标题', 700, 16), run('正文', 684, 11)],
      ['标题', '正文'],
    ],
    [
      'starts a paragraph where the text goes back up (a new column)',
      [run('左栏', 100), run('右栏', 700)],
      ['左栏', '右栏'],
    ],
    [
      'collapses whitespace and drops empty lines',
      [run('  a   b ', 700), run('', 690), run('   ', 686)],
      ['a b'],
    ],
    ['puts runs of one line together', [run('算力', 700, 10, false), run('需求', 700)], ['算力需求']],
    [
      'ends a line where the next run sits lower, even without an end-of-line mark',
      [run('上一行', 700, 10, false), run('下一行', 686)],
      ['上一行下一行'],
    ],
  ])('%s', (_name, runs, expected) => {
    expect(paragraphs(runs)).toEqual(expected)
  })

  it('joins pages with newlines and keeps the span of each, empty pages included', () => {
    const { text, pages } = joinPages([['一', '二'], [], ['三']])
    expect(text).toBe('一\n二\n三')
    expect(pages).toEqual([
      { page: 1, start: 0, end: 3 },
      { page: 2, start: 3, end: 3 },
      { page: 3, start: 4, end: 5 },
    ])
  })

  it('gives a document whose first pages are empty a text that starts with the first words', () => {
    expect(joinPages([[], ['正文']])).toEqual({
      text: '正文',
      pages: [
        { page: 1, start: 0, end: 0 },
        { page: 2, start: 0, end: 2 },
      ],
    })
  })
})
