import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../../server/sources/parsers/parseMarkdown.ts'
import { blockRows, sourceFixture } from '../../../helpers/sourceFixtures.ts'

const md = (source: string) => parseMarkdown(new TextEncoder().encode(source))

describe('reading a .md file as formatted text', () => {
  it('lays the fixture out as plain text with its headings, paragraphs, lists, quote, code and emphasis', () => {
    const article = parseMarkdown(sourceFixture('article.md'))
    expect(article.title).toBe('生成式AI热潮能否持续？')
    expect(article.text).toBe(
      [
        '生成式AI热潮能否持续？',
        '投资者押注数据中心的需求会持续增长，但亏损也在扩大。这段话在源文件里换了行。',
        '看多的理由',
        '收入增长很快，年化收入超过 200 亿美元',
        '算力供不应求，例如 GPU 的交货期很长',
        '看空的理由',
        '亏损扩大',
        '融资条款奇怪',
        '这不是一个可持续的商业模式。',
        'Investors keep pouring money into data centres, betting that demand will last. See the report.',
        'revenue = 20e9',
      ].join('\n'),
    )
    expect(blockRows(article)).toEqual([
      ['heading1', '生成式AI热潮能否持续？'],
      ['paragraph', '投资者押注数据中心的需求会持续增长，但亏损也在扩大。这段话在源文件里换了行。'],
      ['strong', '数据中心'],
      ['heading2', '看多的理由'],
      ['listItem •', '收入增长很快，年化收入超过 200 亿美元'],
      ['paragraph', '收入增长很快，年化收入超过 200 亿美元'],
      ['emphasis', '年化收入'],
      ['listItem •', '算力供不应求，例如 GPU 的交货期很长'],
      ['paragraph', '算力供不应求，例如 GPU 的交货期很长'],
      ['inlineCode', 'GPU'],
      ['heading2', '看空的理由'],
      ['listItem 1.', '亏损扩大'],
      ['paragraph', '亏损扩大'],
      ['listItem 2.', '融资条款奇怪'],
      ['paragraph', '融资条款奇怪'],
      ['quote', '这不是一个可持续的商业模式。'],
      ['paragraph', '这不是一个可持续的商业模式。'],
      [
        'paragraph',
        'Investors keep pouring money into data centres, betting that demand will last. See the report.',
      ],
      ['code', 'revenue = 20e9'],
    ])
  })

  it.each([
    ['joins Chinese wrapped over two lines without a space', '第一行\n第二行', '第一行第二行'],
    ['joins English wrapped over two lines with a space', 'one\ntwo', 'one two'],
    ['joins Chinese and English with a space', '中文\nEnglish', '中文 English'],
    ['keeps a hard line break', 'one  \ntwo', 'one\ntwo'],
    ['collapses runs of spaces', 'a   b', 'a b'],
    ['leaves out a line holding only a picture', 'before\n\n![](x.png)\n\nafter', 'before\nafter'],
    ['leaves out raw HTML and thematic breaks', 'a\n\n<div>x</div>\n\n---\n\nb', 'a\nb'],
    ['keeps the text of links, not their targets', '[读原文](https://example.com)', '读原文'],
    ['decodes entities', 'AT&amp;T &copy;', 'AT&T ©'],
    ['keeps the newlines of a fenced code block', '```\nline 1\n\nline 3\n```', 'line 1\n\nline 3'],
  ])('%s', (_name, source, text) => {
    expect(md(source).text).toBe(text)
  })

  it('numbers an ordered list from its start and nests list items by containment', () => {
    const article = md('3. 三\n4. 四\n   - 子项\n')
    expect(article.text).toBe('三\n四\n子项')
    expect(blockRows(article).filter(([kind]) => kind!.startsWith('listItem'))).toEqual([
      ['listItem 3.', '三'],
      ['listItem 4.', '四\n子项'],
      ['listItem •', '子项'],
    ])
  })

  it('has no title when the file has no heading', () => {
    expect(md('只是一段话。').title).toBeUndefined()
  })

  it('gives every block offsets that slice the plain text', () => {
    const article = parseMarkdown(sourceFixture('article.md'))
    for (const block of article.blocks ?? []) {
      expect(block.start).toBeLessThan(block.end)
      expect(article.text.slice(block.start, block.end)).not.toMatch(/^\s|\s$/)
    }
  })
})
