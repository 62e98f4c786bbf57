import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../../shared/errors.ts'
import { parseText } from '../../../../server/sources/parsers/parseText.ts'
import { sourceFixture } from '../../../helpers/sourceFixtures.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('reading a .txt file', () => {
  it('keeps UTF-8 Chinese text exactly as written', () => {
    const { text } = parseText(sourceFixture('article.txt'))
    expect(text).toBe(sourceFixture('article.txt').toString('utf8'))
    expect(text.startsWith('算力需求仍在增长\nOpenAI 首席执行官表示')).toBe(true)
  })

  it('drops the byte-order mark and turns CRLF and CR line endings into LF', () => {
    expect(parseText(sourceFixture('article-bom-crlf.txt')).text).toBe(
      '第一行\n第二行，有“引号”。\nThird line.\n',
    )
    expect(parseText(utf8('a\rb\r\nc')).text).toBe('a\nb\nc')
  })

  it('keeps tabs and form feeds, which text files do have', () => {
    expect(parseText(utf8('列\t列\f下一页')).text).toBe('列\t列\f下一页')
  })

  it.each([
    ['a file in another encoding (GBK)', sourceFixture('article-gbk.txt'), 'not UTF-8'],
    ['arbitrary binary bytes', sourceFixture('binary.txt'), 'not UTF-8'],
    ['valid UTF-8 with a NUL byte', utf8('text\u0000more'), 'binary'],
    ['valid UTF-8 full of control characters', utf8('\u0001\u0002abc'.repeat(50)), 'binary'],
  ])('refuses %s with NOT_AN_ARTICLE', (_name, bytes, message) => {
    expect(() => parseText(bytes)).toThrowError(expect.objectContaining({ code: ErrorCode.NotAnArticle }))
    expect(() => parseText(bytes)).toThrowError(message)
  })
})
