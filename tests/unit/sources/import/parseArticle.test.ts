import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../../../shared/board/schema.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import { ArticleKind, articleKindOf } from '../../../../server/sources/articleKind.ts'
import { finishArticle, parseArticle } from '../../../../server/sources/parseArticle.ts'
import { sourceFixture } from '../../../helpers/sourceFixtures.ts'

describe('choosing the parser of an article', () => {
  it.each([
    ['text/plain; charset=utf-8', 'notes.txt', ArticleKind.Text],
    ['text/markdown', undefined, ArticleKind.Markdown],
    ['text/plain', 'README.md', ArticleKind.Markdown],
    ['', 'notes.markdown', ArticleKind.Markdown],
    ['application/octet-stream', 'paper.PDF', ArticleKind.Pdf],
    ['Text/HTML; charset=GBK', 'index.php', ArticleKind.Html],
    ['application/xhtml+xml', undefined, ArticleKind.Html],
    ['application/pdf', 'paper', ArticleKind.Pdf],
    [undefined, 'page.htm', ArticleKind.Html],
  ])('reads %j named %j as %s', (contentType, filename, kind) => {
    expect(articleKindOf(contentType, filename)).toBe(kind)
  })

  it.each([
    ['image/png', 'chart.png'],
    ['application/octet-stream', 'report.docx'],
    [undefined, undefined],
    ['application/zip', undefined],
  ])('refuses %j named %j with UNSUPPORTED_TYPE', (contentType, filename) => {
    expect(() => articleKindOf(contentType, filename)).toThrowError(
      expect.objectContaining({ code: ErrorCode.UnsupportedType }),
    )
  })
})

describe('importing an article file', () => {
  it.each([
    ['article.txt', 'text/plain', 'article', 'zh-Hans', '算力需求仍在增长'],
    ['article.md', '', '生成式AI热潮能否持续？', 'zh-Hans', '生成式AI热潮能否持续？'],
    [
      'article.html',
      'text/html',
      '奧特曼澄清：OpenAI 不尋求政府擔保 - 科技新聞網',
      'zh-Hant',
      '記者 王小明 報導',
    ],
    ['article.pdf', 'application/pdf', 'AI 热潮：数据与争论', 'zh-Hans', '算力需求仍在增长'],
  ])(
    'imports %s with its title, guessed language and text',
    async (file, contentType, title, language, start) => {
      const article = await parseArticle({ bytes: sourceFixture(file), contentType, filename: file })
      expect(article).toMatchObject({ title, language })
      expect(article.text.startsWith(start)).toBe(true)
    },
  )

  it('gives formatted kinds their blocks and a PDF its pages', async () => {
    const md = await parseArticle({ bytes: sourceFixture('article.md'), filename: 'article.md' })
    const pdf = await parseArticle({ bytes: sourceFixture('article.pdf'), filename: 'article.pdf' })
    expect(md.blocks?.length).toBeGreaterThan(0)
    expect(pdf.pages?.length).toBe(3)
  })

  it.each([
    ['whitespace only', '  \n\t\n', ErrorCode.NotAnArticle],
    ["over the board's length limit", 'x'.repeat(LIMITS.sourceTextLength + 1), ErrorCode.TooLarge],
  ])('refuses a text that is %s', (_name, text, code) => {
    expect(() => finishArticle({ title: undefined, text })).toThrowError(expect.objectContaining({ code }))
  })

  it('says how long the text is and how long it may be when it is too long', () => {
    expect(() =>
      finishArticle({ title: undefined, text: 'x'.repeat(LIMITS.sourceTextLength + 1) }),
    ).toThrowError('up to 500,000 characters can be imported; this one has 500,001')
  })

  it('takes a text at exactly the length limit', () => {
    expect(finishArticle({ title: 'T', text: 'x'.repeat(LIMITS.sourceTextLength) }).text).toHaveLength(
      LIMITS.sourceTextLength,
    )
  })

  it.each([
    ["the file's own title first", { title: '自己的标题', text: '第一行\n正文' }, 'name.txt', '自己的标题'],
    [
      'then the file name without its extension',
      { title: undefined, text: '第一行\n正文' },
      'my_notes.txt',
      'my notes',
    ],
    [
      'then the first line with text',
      { title: undefined, text: '\n\n  第一行  \n正文' },
      undefined,
      '第一行',
    ],
    [
      'cut to the title limit with an ellipsis',
      { title: '长'.repeat(300), text: '正文' },
      undefined,
      `${'长'.repeat(199)}…`,
    ],
    [
      'never cutting an emoji in two',
      { title: `${'a'.repeat(198)}😀😀`, text: '正文' },
      undefined,
      `${'a'.repeat(198)}…`,
    ],
  ])('titles an article with %s', (_name, parsed, filename, title) => {
    expect(finishArticle(parsed, filename).title).toBe(title)
  })
})
