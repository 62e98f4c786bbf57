/**
 * Finding a quote in a text and scoring each place it could stand, the way the Hypothesis client
 * does (github.com/hypothesis/client, src/annotator/anchoring/match-quote.ts): exact
 * occurrences first, otherwise Myers' bit-parallel approximate search (`approx-string-match`), then
 * every candidate scored on its quote, prefix, suffix and position similarity with Hypothesis' weights.
 */
import search from 'approx-string-match'
import { SearchableText } from './approxSearch.ts'

/** Where a candidate stands, how many edits its text is from the quote, and its 0–1 scores. */
export interface ScoredMatch {
  start: number
  end: number
  errors: number
  /** 1 - errors / quote length. */
  quoteScore: number
  prefixScore: number
  suffixScore: number
  /** Hypothesis' weighted mean of the four similarities, 1.0 for a perfect match. */
  score: number
}

/** What the quote stood between, and where: all optional, as in a W3C TextQuoteSelector. */
export interface QuoteContext {
  prefix?: string
  suffix?: string
  /** The expected start offset; only a tie-breaker. */
  hint?: number
}

// Hypothesis' weights (match-quote.ts, `scoreMatch`): the quote dominates, context decides between
// equal quotes, and the position only breaks ties.
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

/** Every exact occurrence of `quote` (overlapping ones included), or none. */
export function findExact(text: string, quote: string): { start: number; end: number; errors: number }[] {
  const found: { start: number; end: number; errors: number }[] = []
  if (quote.length === 0) return found
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
    found.push({ start: at, end: at + quote.length, errors: 0 })
  return found
}

/** The exact occurrences of `quote` if any, otherwise its closest approximate matches within `maxErrors`. */
export function findCandidates(text: SearchableText, quote: string, maxErrors: number) {
  const exact = findExact(text.text, quote)
  return exact.length > 0 ? exact : text.search(quote, maxErrors)
}

/** How well `str` appears somewhere in `window`, from 0 to 1 (Hypothesis' `textMatchScore`). */
export function textMatchScore(window: string, str: string): number {
  if (str.length === 0 || window.length === 0) return 0
  if (window.includes(str)) return 1
  const best = search(window, str, str.length)[0]
  return best ? 1 - best.errors / str.length : 0
}

/** Scores one candidate for `quote` in `text` against its context. */
export function scoreMatch(
  text: string,
  quote: string,
  match: { start: number; end: number; errors: number },
  context: QuoteContext,
): ScoredMatch {
  const { prefix, suffix, hint } = context
  const quoteScore = 1 - match.errors / quote.length
  // No context to compare with counts as agreement, as in Hypothesis.
  const prefixScore = prefix
    ? textMatchScore(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix)
    : 1
  const suffixScore = suffix ? textMatchScore(text.slice(match.end, match.end + suffix.length), suffix) : 1
  const positionScore = hint === undefined ? 1 : 1 - Math.abs(match.start - hint) / Math.max(1, text.length)
  const score =
    (QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore) /
    MAX_SCORE
  return { ...match, quoteScore, prefixScore, suffixScore, score }
}

// Among equal scores the first candidate wins, as with Hypothesis' stable sort, unless a later one is
// closer to the quote's length: 'commodo cites' is 3 edits from both 'commodo vit' and 'commodo vitae'.
function isCloserInLength(candidate: ScoredMatch, best: ScoredMatch, quote: string): boolean {
  const gap = (match: ScoredMatch) => Math.abs(match.end - match.start - quote.length)
  return gap(candidate) < gap(best)
}

/** The best-scoring candidate for `quote` in `text` within `maxErrors`, or null when there is none. */
export function matchQuote(
  text: SearchableText | string,
  quote: string,
  context: QuoteContext,
  maxErrors: number,
): ScoredMatch | null {
  const searchable = typeof text === 'string' ? new SearchableText(text) : text
  if (quote.length === 0 || searchable.text.length === 0) return null
  let best: ScoredMatch | null = null
  for (const candidate of findCandidates(searchable, quote, maxErrors)) {
    const scored = scoreMatch(searchable.text, quote, candidate, context)
    if (
      !best ||
      scored.score > best.score ||
      (scored.score === best.score && isCloserInLength(scored, best, quote))
    )
      best = scored
  }
  return best
}
