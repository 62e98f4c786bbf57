/**
 * locateExcerpt on every anchoring fixture: the public quote-anchoring cases of the Hypothesis client,
 * dom-anchor-text-quote, approx-string-match and Apache Annotator, and the edited demo articles.
 * Prints one row per set; each set must locate at least 95% exactly right and make no false match.
 */
import { describe, expect, it } from 'vitest'
import { locateExcerpt } from '../../../../shared/board/excerpt.ts'
import { matchQuote } from '../../../../shared/board/anchoring/matchQuote.ts'
import type { Excerpt } from '../../../../shared/board/schema.ts'
import { apacheAnnotator } from '../../../fixtures/anchoring/apacheAnnotator.ts'
import { approxStringMatch } from '../../../fixtures/anchoring/approxStringMatch.ts'
import { domAnchorTextQuote } from '../../../fixtures/anchoring/domAnchorTextQuote.ts'
import { buildEditedArticleSets } from '../../../fixtures/anchoring/editedArticles.ts'
import { hypothesisClient } from '../../../fixtures/anchoring/hypothesisClient.ts'
import type { AnchoringCase, AnchoringSet } from '../../../fixtures/anchoring/types.ts'

const PUBLIC_SETS = [hypothesisClient, domAnchorTextQuote, approxStringMatch, apacheAnnotator]
const SETS: AnchoringSet[] = [...PUBLIC_SETS, ...buildEditedArticleSets()]
const MIN_EXACTLY_RIGHT = 0.95

/**
 * The excerpt a case stands for. A case without a hint had no position in its source; it starts at
 * 0, so that the position favours the first of equal matches, as Hypothesis does without a hint.
 */
function excerptOf(c: AnchoringCase): Excerpt {
  const start = c.hint ?? 0
  return {
    sourceId: 'fixture',
    start,
    end: start + c.quote.length,
    quote: c.quote,
    prefix: c.prefix ?? '',
    suffix: c.suffix ?? '',
  }
}

const Outcome = { Right: 'right', Missed: 'missed', False: 'false match' } as const
type Outcome = (typeof Outcome)[keyof typeof Outcome]

/** Right: at an expected range, or not anchored when none is expected. False: anchored anywhere else. */
function outcomeOf(c: AnchoringCase, found: { start: number; end: number } | null): Outcome {
  if (!found) return c.expected.length === 0 ? Outcome.Right : Outcome.Missed
  return c.expected.some(([start, end]) => start === found.start && end === found.end)
    ? Outcome.Right
    : Outcome.False
}

/** Whether the passage the case expects differs from its quote: found only by normalising or approximately. */
function isEdited(c: AnchoringCase): boolean {
  return c.expected.length > 0 && c.expected.every(([start, end]) => c.text.slice(start, end) !== c.quote)
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)}%`

const results = SETS.map((set) => ({
  set,
  outcomes: set.cases.map((c) => ({ c, outcome: outcomeOf(c, locateExcerpt(c.text, excerptOf(c))) })),
}))

describe('anchoring fixtures', () => {
  it('prints the score of each set', () => {
    const rows = results.map(({ set, outcomes }) => {
      const count = (outcome: Outcome) => outcomes.filter((o) => o.outcome === outcome).length
      return {
        set: set.name,
        cases: outcomes.length,
        'quote gone': set.cases.filter((c) => c.expected.length === 0).length,
        'quote edited': set.cases.filter((c) => isEdited(c)).length,
        right: count(Outcome.Right),
        missed: count(Outcome.Missed),
        'false matches': count(Outcome.False),
        'exactly right': percent(count(Outcome.Right), outcomes.length),
      }
    })
    const total = (key: 'cases' | 'quote gone' | 'quote edited' | 'right' | 'missed' | 'false matches') =>
      rows.reduce((sum, row) => sum + row[key], 0)
    rows.push({
      set: 'all',
      cases: total('cases'),
      'quote gone': total('quote gone'),
      'quote edited': total('quote edited'),
      right: total('right'),
      missed: total('missed'),
      'false matches': total('false matches'),
      'exactly right': percent(total('right'), total('cases')),
    })
    // The score table is this test's report: the closing note of the anchoring work quotes it.
    // eslint-disable-next-line no-console
    console.table(rows)
    expect(total('cases')).toBeGreaterThan(300)
  })

  for (const { set, outcomes } of results) {
    describe(set.name, () => {
      it('anchors no quote in the wrong place and none whose passage is gone', () => {
        const falseMatches = outcomes.filter((o) => o.outcome === Outcome.False).map((o) => o.c.name)
        expect(falseMatches).toEqual([])
      })

      it(`locates at least ${MIN_EXACTLY_RIGHT * 100}% of its cases exactly right`, () => {
        const right = outcomes.filter((o) => o.outcome === Outcome.Right).length
        expect(right / outcomes.length).toBeGreaterThanOrEqual(MIN_EXACTLY_RIGHT)
      })

      it('names the source file of every case, and keeps every expected range inside its text', () => {
        for (const c of set.cases) {
          expect(c.file.length).toBeGreaterThan(0)
          for (const [start, end] of c.expected)
            expect(0 <= start && start < end && end <= c.text.length).toBe(true)
        }
      })
    })
  }

  describe('Hypothesis client: scores fall as the quote or its context grows less similar', () => {
    for (const ordering of hypothesisClient.orderings ?? []) {
      it(ordering.name, () => {
        const scores = ordering.variants.map((variant) => {
          const [quote, context] =
            ordering.varies === 'quote'
              ? [variant, {}]
              : [ordering.quote ?? '', { [ordering.varies]: variant }]
          return matchQuote(ordering.text, quote, context, quote.length / 2)?.score ?? 0
        })
        for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1] as number)
      })
    }
  })
})
