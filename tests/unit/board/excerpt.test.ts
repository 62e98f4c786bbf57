/** Excerpts: building one from offsets, and finding it again in a text. */
import { describe, expect, it } from 'vitest'
import { locateExcerpt, makeExcerpt } from '../../../shared/board/excerpt.ts'
import { excerptSchema, LIMITS } from '../../../shared/board/schema.ts'

const CONTEXT = LIMITS.contextLength
const LONG = '一二三四五六七八九十'.repeat(10) // 100 UTF-16 units, no surrogates
const EMOJI = '😀' // two UTF-16 units

describe('makeExcerpt', () => {
  const cases: { name: string; text: string; start: number; end: number; prefix: string; suffix: string }[] =
    [
      {
        name: 'has no prefix at the start of the text',
        text: LONG,
        start: 0,
        end: 4,
        prefix: '',
        suffix: LONG.slice(4, 4 + CONTEXT),
      },
      {
        name: 'has no suffix at the end of the text',
        text: LONG,
        start: 96,
        end: 100,
        prefix: LONG.slice(96 - CONTEXT, 96),
        suffix: '',
      },
      {
        name: 'takes 32 UTF-16 units of context on each side in the middle',
        text: LONG,
        start: 40,
        end: 45,
        prefix: LONG.slice(40 - CONTEXT, 40),
        suffix: LONG.slice(45, 45 + CONTEXT),
      },
      {
        name: 'takes the whole text around a quote in a short text',
        text: '看多的理由很充分',
        start: 2,
        end: 4,
        prefix: '看多',
        suffix: '由很充分',
      },
      {
        // The emoji sits at units 1–2; start - 32 = 2 falls between its two halves.
        name: 'drops an emoji cut in half at the start of the prefix',
        text: 'a' + EMOJI + 'x'.repeat(31) + 'QUOTE',
        start: 34,
        end: 39,
        prefix: 'x'.repeat(31),
        suffix: '',
      },
      {
        // The emoji sits at units 36–37; end + 32 = 37 falls between its two halves.
        name: 'drops an emoji cut in half at the end of the suffix',
        text: 'QUOTE' + 'y'.repeat(31) + EMOJI + 'z',
        start: 0,
        end: 5,
        prefix: '',
        suffix: 'y'.repeat(31),
      },
      {
        name: 'keeps an emoji that fits whole at the start of the prefix',
        text: EMOJI + 'x'.repeat(30) + 'QUOTE',
        start: 32,
        end: 37,
        prefix: EMOJI + 'x'.repeat(30),
        suffix: '',
      },
      {
        name: 'keeps an emoji that fits whole at the end of the suffix',
        text: 'QUOTE' + 'y'.repeat(30) + EMOJI,
        start: 0,
        end: 5,
        prefix: '',
        suffix: 'y'.repeat(30) + EMOJI,
      },
      {
        name: 'quotes emoji whole when the quote itself is an emoji',
        text: '前' + EMOJI + '后',
        start: 1,
        end: 3,
        prefix: '前',
        suffix: '后',
      },
    ]

  for (const { name, text, start, end, prefix, suffix } of cases)
    it(name, () => {
      const excerpt = makeExcerpt('src', text, start, end)
      expect(excerpt).toEqual({ sourceId: 'src', start, end, quote: text.slice(start, end), prefix, suffix })
      expect(excerptSchema.safeParse(excerpt).success).toBe(true)
      expect(text.slice(start - excerpt.prefix.length, end + excerpt.suffix.length)).toBe(
        prefix + excerpt.quote + suffix,
      )
    })

  const outOfRange: { name: string; start: number; end: number }[] = [
    { name: 'a negative start', start: -1, end: 2 },
    { name: 'an end past the text', start: 0, end: 11 },
    { name: 'an empty range', start: 3, end: 3 },
    { name: 'a reversed range', start: 5, end: 2 },
    { name: 'a NaN offset', start: Number.NaN, end: 2 },
  ]

  for (const { name, start, end } of outOfRange)
    it(`throws a RangeError for ${name}`, () => {
      expect(() => makeExcerpt('src', '0123456789', start, end)).toThrow(RangeError)
    })
})

describe('locateExcerpt', () => {
  const ORIGINAL = 'A说:看多,因为需求强。B说:看多,因为估值低。C说:看空。'
  /** The excerpt of the n-th (0-based) occurrence of `quote` in ORIGINAL. */
  function excerptOf(quote: string, occurrence = 0) {
    let at = -1
    for (let i = 0; i <= occurrence; i++) at = ORIGINAL.indexOf(quote, at + 1)
    return makeExcerpt('src', ORIGINAL, at, at + quote.length)
  }

  const at = (quote: string, text = ORIGINAL) => text.indexOf(quote)
  const cases: {
    name: string
    excerpt: ReturnType<typeof excerptOf>
    text: string
    /** The range found and whether it holds the quote verbatim; null when the passage is gone. */
    expected: { start: number; end: number; exact: boolean } | null
  }[] = [
    {
      name: 'returns the stored offsets when the quote is still there',
      excerpt: excerptOf('看空'),
      text: ORIGINAL,
      expected: { start: at('看空'), end: at('看空') + 2, exact: true },
    },
    {
      name: 'finds a quote moved by an insertion before it',
      excerpt: excerptOf('看空'),
      text: '前言。' + ORIGINAL,
      expected: { start: at('看空') + 3, end: at('看空') + 5, exact: true },
    },
    {
      name: 'finds a quote now past the end of a shortened text',
      excerpt: excerptOf('看空'),
      text: ORIGINAL.slice(ORIGINAL.indexOf('C说')),
      expected: { start: 3, end: 5, exact: true },
    },
    {
      name: 'picks the occurrence whose prefix and suffix match (second of two)',
      excerpt: excerptOf('看多', 1),
      text: '前言前言。' + ORIGINAL,
      expected: {
        start: ORIGINAL.lastIndexOf('看多') + 5,
        end: ORIGINAL.lastIndexOf('看多') + 7,
        exact: true,
      },
    },
    {
      name: 'picks the occurrence whose prefix and suffix match (first of two)',
      excerpt: excerptOf('看多', 0),
      text: '前言前言前言。' + ORIGINAL,
      expected: { start: at('看多') + 7, end: at('看多') + 9, exact: true },
    },
    {
      name: 'picks by context even when another occurrence is closer to the old offset',
      excerpt: excerptOf('看多', 1),
      // The first occurrence now sits right at the second's old offset + 1, but with the wrong context.
      text: 'B说:看多,因为估值低。' + 'x'.repeat(ORIGINAL.lastIndexOf('看多') - 2) + 'A说:看多,因为需求强。',
      expected: { start: 3, end: 5, exact: true },
    },
    {
      name: 'finds a quote whose punctuation went full-width, reporting offsets in the edited text',
      excerpt: excerptOf('B说:看多,因为估值低。'),
      text: '新增。' + ORIGINAL.replace('B说:看多,因为估值低。', 'B说：看多，因为估值低。'),
      expected: { start: at('B说') + 3, end: at('B说') + 3 + 12, exact: false },
    },
    {
      name: 'finds a quote with a typo fixed',
      excerpt: excerptOf('因为估值低。C说:看空'),
      text: ORIGINAL.replace('估值低', '估值底'),
      expected: { start: at('因为估值低'), end: at('因为估值低') + 11, exact: false },
    },
    {
      name: 'returns null when the quote is gone',
      excerpt: excerptOf('看空'),
      text: ORIGINAL.replace('看空', '中立'),
      expected: null,
    },
    {
      name: 'returns null in an empty text',
      excerpt: excerptOf('看空'),
      text: '',
      expected: null,
    },
  ]

  for (const { name, excerpt, text, expected } of cases)
    it(name, () => {
      const found = locateExcerpt(text, excerpt)
      expect(found && { start: found.start, end: found.end, exact: found.exact }).toEqual(expected)
      if (found?.exact) expect(text.slice(found.start, found.end)).toBe(excerpt.quote)
      if (found) expect(found.score).toBeGreaterThan(0)
    })
})
