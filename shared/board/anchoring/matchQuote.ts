/**
 * Finding a quote in a text and scoring each place it could stand, the way the Hypothesis client
 * does (github.com/hypothesis/client, src/annotator/anchoring/match-quote.ts): exact
 * occurrences first, otherwise Myers' bit-parallel approximate search (`approx-string-match`), then
 * every candidate scored on its quote, prefix, suffix and position similarity with Hypothesis' weights.
 */
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

// One row of the alignment table, reused: scoring a context runs once per candidate, thousands of
// times for a short quote in a long article.
let row = new Int32Array(64)

/**
 * The fewest edits that turn `str` into some substring of `window`, the figure approx-string-match
 * reports for its best match, computed directly: a 32 × 32 table costs less than setting up its search.
 */
export function substringEditDistance(window: string, str: string): number {
  if (row.length <= window.length) row = new Int32Array(window.length * 2)
  // row[j]: edits for the pattern so far against a substring of `window` ending at j (it may start anywhere).
  row.fill(0, 0, window.length + 1)
  for (let i = 1; i <= str.length; i++) {
    const char = str.charCodeAt(i - 1)
    let diagonal = row[0] as number
    row[0] = i
    for (let j = 1; j <= window.length; j++) {
      const above = row[j] as number
      const substitute = diagonal + (window.charCodeAt(j - 1) === char ? 0 : 1)
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, substitute)
      diagonal = above
    }
  }
  let best = str.length
  for (let j = 0; j <= window.length; j++) best = Math.min(best, row[j] as number)
  return best
}

/** How well `str` appears somewhere in `window`, from 0 to 1 (Hypothesis' `textMatchScore`). */
export function textMatchScore(window: string, str: string): number {
  if (str.length === 0 || window.length === 0) return 0
  if (window.includes(str)) return 1
  return 1 - substringEditDistance(window, str) / str.length
}

function prefixScoreAt(text: string, start: number, prefix: string | undefined): number {
  // No context to compare with counts as agreement, as in Hypothesis.
  return prefix ? textMatchScore(text.slice(Math.max(0, start - prefix.length), start), prefix) : 1
}

function suffixScoreAt(text: string, end: number, suffix: string | undefined): number {
  return suffix ? textMatchScore(text.slice(end, end + suffix.length), suffix) : 1
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
  if (hint !== undefined) candidates.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
  let best: ScoredMatch | null = null
  let bestRaw = -1
  for (const match of candidates) {
    const quoteScore = 1 - match.errors / quote.length
    const positionScore =
      hint === undefined ? 1 : 1 - Math.abs(match.start - hint) / Math.max(1, searchable.text.length)
    const base = QUOTE_WEIGHT * quoteScore + POSITION_WEIGHT * positionScore
    if (base + PREFIX_WEIGHT + SUFFIX_WEIGHT < bestRaw) continue
    const prefixScore = prefixScoreAt(searchable.text, match.start, prefix)
    if (base + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT < bestRaw) continue
    const suffixScore = suffixScoreAt(searchable.text, match.end, suffix)
    const raw = base + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore
    const scored = { ...match, quoteScore, prefixScore, suffixScore, score: raw / MAX_SCORE }
    if (isBetter(scored, best, quote)) {
      best = scored
      bestRaw = raw
    }
  }
  return best
}
