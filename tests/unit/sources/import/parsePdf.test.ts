import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../../shared/errors.ts'
import { parsePdf } from '../../../../server/sources/parsers/parsePdf.ts'
import { sourceFixture } from '../../../helpers/sourceFixtures.ts'

describe('reading a PDF', () => {
  it('reads the Chinese and English text of a PDF with an embedded CJK font, paragraph by paragraph', async () => {
    const article = await parsePdf(sourceFixture('article.pdf'))
    expect(article.title).toBe('AI 热潮：数据与争论')
    expect(article.text).toBe(
      [
        '算力需求仍在增长',
        'OpenAI 的融资与亏损：投资者押注数据中心的需求会持续增长，但亏损也在扩大。这段文字足够长，会在页面上换行。',
        'Investors keep pouring money into data centres, betting that the demand will last for years.',
        '第三页：批评者认为这种增长不可持续。',
      ].join('\n'),
    )
  })

  it('keeps each page number with the span of its text, an empty page included', async () => {
    const { text, pages } = await parsePdf(sourceFixture('article.pdf'))
    expect(pages?.map((p) => p.page)).toEqual([1, 2, 3])
    const [first, blank, third] = pages!
    expect(text.slice(first!.start, first!.end)).toMatch(/^算力需求仍在增长\n.*for years\.$/s)
    expect(blank!.end - blank!.start).toBe(0)
    expect(text.slice(third!.start, third!.end)).toBe('第三页：批评者认为这种增长不可持续。')
  })

  it.each([
    ['a scan without a text layer', 'scan.pdf', 'no text layer'],
    ['a file that is not a PDF', 'not-a-pdf.pdf', 'not a PDF'],
  ])('refuses %s with NOT_AN_ARTICLE', async (_name, file, message) => {
    await expect(parsePdf(sourceFixture(file))).rejects.toThrowError(message)
    await expect(parsePdf(sourceFixture(file))).rejects.toMatchObject({ code: ErrorCode.NotAnArticle })
  })

  it('refuses a damaged PDF with NOT_AN_ARTICLE', async () => {
    const cut = sourceFixture('article.pdf').subarray(0, 2_000)
    await expect(parsePdf(cut)).rejects.toMatchObject({ code: ErrorCode.NotAnArticle })
  })

  it("leaves the caller's buffer intact (pdf.js detaches what it is given)", async () => {
    const bytes = sourceFixture('article.pdf')
    await parsePdf(bytes)
    expect(bytes.byteLength).toBeGreaterThan(0)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })
})
