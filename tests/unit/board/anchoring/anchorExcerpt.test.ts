/** The acceptance rules of approximate anchors, and the details of anchoring an excerpt. */
import { describe, expect, it } from 'vitest'
import { anchorExcerpt, isAcceptable } from '../../../../shared/board/anchoring/anchorExcerpt.ts'
import type { ScoredMatch } from '../../../../shared/board/anchoring/matchQuote.ts'
import { makeExcerpt } from '../../../../shared/board/excerpt.ts'

/** A candidate for a quote of `length` units with `errors` edits and the given context similarities. */
function candidate(length: number, errors: number, prefixScore: number, suffixScore: number) {
  const match: ScoredMatch = {
    start: 0,
    end: length,
    errors,
    quoteScore: 1 - errors / length,
    prefixScore,
    suffixScore,
    score: 0,
  }
  return { match, quote: 'q'.repeat(length) }
}

describe('isAcceptable', () => {
  const both = { prefix: 'p', suffix: 's' }
  const cases: {
    name: string
    length: number
    errors: number
    prefix: number
    suffix: number
    stored?: { prefix: string; suffix: string }
    accepted: boolean
  }[] = [
    {
      name: 'the quote verbatim, whatever its context',
      length: 2,
      errors: 0,
      prefix: 0,
      suffix: 0,
      accepted: true,
    },
    {
      name: 'a changed quote where both sides agree (0.75)',
      length: 20,
      errors: 5,
      prefix: 0.75,
      suffix: 0.75,
      accepted: true,
    },
    {
      name: 'not a quote below 0.75, even where both sides agree',
      length: 20,
      errors: 6,
      prefix: 1,
      suffix: 1,
      accepted: false,
    },
    {
      name: 'a quote at 0.85 where one side agrees',
      length: 20,
      errors: 3,
      prefix: 1,
      suffix: 0.1,
      accepted: true,
    },
    {
      name: 'not a quote at 0.80 where one side agrees',
      length: 20,
      errors: 4,
      prefix: 1,
      suffix: 0.1,
      accepted: false,
    },
    {
      name: 'not a quote at 0.80 where the mean context is just under 0.75',
      length: 20,
      errors: 4,
      prefix: 1,
      suffix: 0.45,
      accepted: false,
    },
    {
      name: 'a quote at 0.95 (one edit in 20 units) where the context disagrees',
      length: 20,
      errors: 1,
      prefix: 0.1,
      suffix: 0.1,
      accepted: true,
    },
    {
      name: 'not a 19-unit quote with one edit (0.947) where the context disagrees',
      length: 19,
      errors: 1,
      prefix: 0.1,
      suffix: 0.1,
      accepted: false,
    },
    {
      name: 'not a long quote at 0.94 where the context disagrees',
      length: 50,
      errors: 3,
      prefix: 0.1,
      suffix: 0.1,
      accepted: false,
    },
    {
      name: 'a quote at its text start judged by its suffix alone',
      length: 10,
      errors: 2,
      prefix: 0,
      suffix: 1,
      stored: { prefix: '', suffix: 's' },
      accepted: true,
    },
    {
      name: 'without stored context, √length edits (16 units, 4 edits)',
      length: 16,
      errors: 4,
      prefix: 1,
      suffix: 1,
      stored: { prefix: '', suffix: '' },
      accepted: true,
    },
    {
      name: 'without stored context, not more than √length edits (48 units, 7 edits)',
      length: 48,
      errors: 7,
      prefix: 1,
      suffix: 1,
      stored: { prefix: '', suffix: '' },
      accepted: false,
    },
  ]

  for (const { name, length, errors, prefix, suffix, stored, accepted } of cases)
    it(`${accepted ? 'accepts' : 'refuses'} ${name}`, () => {
      const { match, quote } = candidate(length, errors, prefix, suffix)
      expect(isAcceptable(match, { ...(stored ?? both), quote })).toBe(accepted)
    })
})

describe('anchorExcerpt', () => {
  const TEXT = '第一段说看多。\n第二段说看空，理由是估值太高。'

  it('answers from the stored offsets when quote and context are still there', () => {
    const excerpt = makeExcerpt('s', TEXT, 12, 14)
    expect(anchorExcerpt(TEXT, excerpt)).toEqual({ start: 12, end: 14, exact: true, score: 1 })
  })

  it('takes back the line break a quote began with, a CRLF whole', () => {
    const excerpt = makeExcerpt('s', TEXT, 7, 14) // '\n第二段说看空'
    const edited = '前言。' + TEXT.replace('\n', '\r\n')
    const found = anchorExcerpt(edited, excerpt)
    expect(found && edited.slice(found.start, found.end)).toBe('\r\n第二段说看空')
  })

  it('takes back the line break a quote ended with', () => {
    const excerpt = makeExcerpt('s', TEXT, 4, 8) // '看多。\n'
    const edited = '前言。' + TEXT.replace('\n', '\r\n')
    const found = anchorExcerpt(edited, excerpt)
    expect(found && edited.slice(found.start, found.end)).toBe('看多。\r\n')
  })

  it('keeps each text apart when excerpts of two texts are anchored in turn', () => {
    const other = '完全不同的另一篇文章,说的是别的事情。'
    const ofText = makeExcerpt('s', TEXT, 12, 14)
    const ofOther = makeExcerpt('s', other, 5, 9)
    for (let round = 0; round < 2; round++) {
      expect(anchorExcerpt('x' + TEXT, ofText)?.start).toBe(13)
      expect(anchorExcerpt('x' + other, ofOther)?.start).toBe(6)
      expect(anchorExcerpt('x' + other, ofText)).toBeNull()
    }
  })

  it('finds nothing for a quote of whitespace alone once its offsets went stale', () => {
    const excerpt = makeExcerpt('s', TEXT, 7, 8) // '\n'
    expect(anchorExcerpt('前言。' + TEXT, excerpt)).toBeNull()
  })
})
