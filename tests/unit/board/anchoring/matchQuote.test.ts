/** Hypothesis-style scoring: the same context similarity as Hypothesis, and pruning that changes no result. */
import search from 'approx-string-match'
import { describe, expect, it } from 'vitest'
import {
  ContextScorer,
  substringEditDistance,
  textMatchScore,
} from '../../../../shared/board/anchoring/contextScore.ts'
import { findExact, matchQuote } from '../../../../shared/board/anchoring/matchQuote.ts'

function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    return state / 4294967296
  }
}

const pick = (next: () => number, alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')

describe('substringEditDistance', () => {
  it('equals the errors of approx-string-match’s best match, as Hypothesis’ textMatchScore reads them', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed)
      const window = pick(next, '看多空的理由很充分', 1 + Math.floor(next() * 32))
      const str = pick(next, '看多空的理由很充分', 1 + Math.floor(next() * 32))
      const expected = search(window, str, str.length)[0]?.errors
      expect(substringEditDistance(window, str), `seed ${seed}`).toBe(expected)
    }
  })
})

describe('ContextScorer', () => {
  it('scores a prefix and a suffix as textMatchScore scores the windows beside a candidate', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed)
      const text = pick(next, '看多空的理由很充分', 80)
      // Up to 40 units: past 32 the scorer falls back to the table.
      const context = pick(next, '看多空的理由很充分', 1 + Math.floor(next() * 40))
      const scorer = new ContextScorer(context)
      const at = Math.floor(next() * 81)
      const before = text.slice(Math.max(0, at - context.length), at)
      const after = text.slice(at, at + context.length)
      expect(scorer.scoreBefore(text, at), `seed ${seed}, before`).toBeCloseTo(
        textMatchScore(before, context),
        12,
      )
      expect(scorer.scoreAfter(text, at), `seed ${seed}, after`).toBeCloseTo(
        textMatchScore(after, context),
        12,
      )
    }
  })
})

describe('textMatchScore', () => {
  const cases: { window: string; str: string; score: number }[] = [
    { window: 'we had everything', str: 'everything', score: 1 },
    { window: 'we had every-thing', str: 'we had everything', score: 1 - 1 / 17 },
    { window: 'abc', str: 'xyz', score: 0 },
    { window: '', str: 'abc', score: 0 },
    { window: 'abc', str: '', score: 0 },
  ]
  for (const { window, str, score } of cases)
    it(`scores '${str}' in '${window}' ${score.toFixed(3)}`, () => {
      expect(textMatchScore(window, str)).toBeCloseTo(score, 10)
    })
})

describe('matchQuote', () => {
  /** Every candidate scored in full, the best kept as Hypothesis keeps it: the unpruned reference. */
  function bruteForce(
    text: string,
    quote: string,
    context: { prefix: string; suffix: string; hint: number },
  ) {
    const candidates = findExact(text, quote)
    const scored = candidates.map((match) => {
      const prefix = textMatchScore(
        text.slice(Math.max(0, match.start - context.prefix.length), match.start),
        context.prefix,
      )
      const suffix = textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix)
      const position = 1 - Math.abs(match.start - context.hint) / text.length
      return { start: match.start, raw: 50 + 2 * position + 20 * prefix + 20 * suffix }
    })
    scored.sort((a, b) => b.raw - a.raw || a.start - b.start)
    return scored[0]?.start
  }

  it('prunes candidates without ever changing which one wins', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed)
      const text = pick(next, '看多空的理由', 400)
      const quote = pick(next, '看多空', 2)
      const at = Math.floor(next() * 380)
      const context = {
        prefix: text.slice(Math.max(0, at - 8), at),
        suffix: text.slice(at + 2, at + 10),
        hint: Math.floor(next() * 400),
      }
      const found = matchQuote(text, quote, context, 0)
      expect(found?.start, `seed ${seed}`).toBe(bruteForce(text, quote, context))
    }
  })

  it('prefers, among equal scores, the candidate as long as the quote', () => {
    const text = 'Vestibulum erat wisi, condimentum sed, commodo vitae, ornare sit amet'
    const found = matchQuote(text, 'commodo cites', {}, 3)
    expect(found && text.slice(found.start, found.end)).toBe('commodo vitae')
  })
})
