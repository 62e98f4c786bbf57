import { describe, expect, it } from 'vitest'
import {
  exceedsUpdateCap,
  MAX_ARTICLE_BYTES,
  SERVER_MAX_UPDATE_BYTES,
  utf8ByteLength,
} from '../../../client/sources/articleSize.ts'
import { LIMITS } from '../../../shared/board/schema.ts'

describe('the UTF-8 size of an article', () => {
  it.each([
    ['ASCII', 'Plain text.\r\n'],
    ['accented Latin', 'café naïve'],
    ['Chinese', '我們認為政府不應選擇贏家或輸家'],
    ['emoji (surrogate pairs)', '📈📉 bull 🐂 bear 🐻'],
    ['a lone high surrogate', 'a\uD83Db'],
    ['a lone low surrogate at the end', 'ab\uDC00'],
    ['an empty text', ''],
  ])('counts %s as TextEncoder encodes it', (_case, text) => {
    expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length)
  })

  it('refuses a text over the cap and accepts one at it', () => {
    expect(exceedsUpdateCap('中'.repeat(10), 30)).toBe(false)
    expect(exceedsUpdateCap('中'.repeat(10) + 'a', 30)).toBe(true)
    expect(exceedsUpdateCap('a'.repeat(31), 30)).toBe(true)
  })

  it('leaves room under the server update cap of 2 MiB for the rest of the update', () => {
    expect(SERVER_MAX_UPDATE_BYTES).toBe(2 * 1024 * 1024)
    expect(MAX_ARTICLE_BYTES).toBeLessThan(SERVER_MAX_UPDATE_BYTES)
    expect(MAX_ARTICLE_BYTES).toBeGreaterThan(SERVER_MAX_UPDATE_BYTES - 64 * 1024)
  })

  it('never refuses a text the character limit allows, with the default caps', () => {
    expect(exceedsUpdateCap('中'.repeat(LIMITS.sourceTextLength))).toBe(false)
  })
})
