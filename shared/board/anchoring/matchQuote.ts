/**
 * Finding a quote in a text and scoring each place it could stand, the way the Hypothesis client
 * does (github.com/hypothesis/client, src/annotator/anchoring/match-quote.ts): exact
 * occurrences first, otherwise Myers' bit-parallel approximate search (`approx-string-match`), then
 * every candidate scored on its quote, prefix, suffix and position similarity with Hypothesis' weights.
 */
import { SearchableText } from './approxSearch.ts'
import { ContextScorer } from './contextScore.ts'

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

// Among equal scores the candidate closer to the quote's length wins ('commodo cites' is 3 edits from
// both 'commodo vit' and 'commodo vitae'), then the first in the text, as with Hypothesis' stable sort.
function isBetter(candidate: ScoredMatch, best: ScoredMatch | null, quote: string): boolean {
  if (!best || candidate.score !== best.score) return !best || candidate.score > best.score
  const gap = (match: ScoredMatch) => Math.abs(match.end - match.start - quote.length)
  return gap(candidate) < gap(best) || (gap(candidate) === gap(best) && candidate.start < best.start)
}

/**
 * The best-scoring candidate for `quote` in `text` within `maxErrors`, or null when there is none.
 * Candidates are visited nearest the hint first, and a candidate whose score could not reach the best
 * one even with a perfect prefix and suffix is passed over unscored.
 */
export function matchQuote(
  text: SearchableText | string,
  quote: string,
  context: QuoteContext,
  maxErrors: number,
): ScoredMatch | null {
  const searchable = typeof text === 'string' ? new SearchableText(text) : text
  const { prefix, suffix, hint } = context
  if (quote.length === 0 || searchable.text.length === 0) return null
  const candidates = findCandidates(searchable, quote, maxErrors)
  // No context to compare with counts as agreement, as in Hypothesis.
  const prefixScorer = prefix ? new ContextScorer(prefix) : null
  const suffixScorer = suffix ? new ContextScorer(suffix) : null
  const { text: body } = searchable
  if (hint !== undefined) candidates.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
  let best: ScoredMatch | null = null
  let bestRaw = -1
  for (const match of candidates) {
    const quoteScore = 1 - match.errors / quote.length
    const positionScore =
      hint === undefined ? 1 : 1 - Math.abs(match.start - hint) / Math.max(1, searchable.text.length)
    const base = QUOTE_WEIGHT * quoteScore + POSITION_WEIGHT * positionScore
    if (base + PREFIX_WEIGHT + SUFFIX_WEIGHT < bestRaw) continue
    const prefixScore = prefixScorer?.scoreBefore(body, match.start) ?? 1
    if (base + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT < bestRaw) continue
    const suffixScore = suffixScorer?.scoreAfter(body, match.end) ?? 1
    const raw = base + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore
    const scored = { ...match, quoteScore, prefixScore, suffixScore, score: raw / MAX_SCORE }
    if (isBetter(scored, best, quote)) {
      best = scored
      bestRaw = raw
    }
  }
  return best
}
