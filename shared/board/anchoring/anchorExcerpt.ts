/**
 * Re-anchoring an excerpt in a text that may have changed since it was cut: at its stored offsets
 * when nothing moved, otherwise in the normalised text (normalize.ts) by Hypothesis-style matching
 * (matchQuote.ts), and never when the best candidate is too unlike the quote to be the same passage.
 */
import type { Excerpt } from '../schema.ts'
import { SearchableText } from './approxSearch.ts'
import { CharFolder, isWhitespaceUnit } from './foldChar.ts'
import { matchQuote, type ScoredMatch } from './matchQuote.ts'
import { normalizeText, toNormalizedOffset, toOriginalRange, type NormalizedText } from './normalize.ts'

/** Where an excerpt stands in a text, and how sure the match is. */
export interface Anchor {
  start: number
  end: number
  /** The text between `start` and `end` is the quote, character for character. */
  exact: boolean
  /** Hypothesis' 0–1 score of quote, prefix, suffix and position similarity; 1 at the stored offsets. */
  score: number
}

/**
 * The least quote similarity (1 - edits / quote length, after normalisation) an approximate match
 * needs, by how well the text around it agrees with the stored prefix and suffix (their mean
 * similarity). Tuned on tests/fixtures/anchoring: realistic edits (typos fixed, text moved) leave at
 * most one edit in these quotes, while a quote whose passage is gone finds look-alikes at 0.75–0.95
 * with context that disagrees, or at 0.80 beside a deletion where one side of the context still agrees.
 */
export const QUOTE_SCORE_NEEDED = {
  /** Both sides of the context agree (mean ≥ 0.75): the place is certain, the quote may have changed. */
  contextAgrees: { context: 0.75, quote: 0.75 },
  /** One side agrees (mean ≥ 0.5): only small changes. */
  contextHalfAgrees: { context: 0.5, quote: 0.85 },
  /**
   * The context disagrees: only a quote nearly intact speaks for itself. At most one edit in twenty
   * units, so never a short quote, where a look-alike elsewhere may say something else.
   */
  contextDisagrees: { quote: 0.95 },
} as const

// Hypothesis searches for matches up to half the quote's length in edits, at most 256. No match
// with more than a quarter (QUOTE_SCORE_NEEDED's floor) is ever accepted, so the search stops there.
const MAX_SEARCH_ERRORS = 256

interface PreparedText {
  text: string
  normalized: NormalizedText
  searchable: SearchableText
  folder: CharFolder
}

// NOTE: one entry is enough: the reader anchors every card of one article against the same string,
// and a string compared with itself is equal at once.
let lastPrepared: PreparedText | null = null

function prepare(text: string): PreparedText {
  if (lastPrepared?.text === text) return lastPrepared
  const folder = new CharFolder()
  const normalized = normalizeText(text, folder)
  lastPrepared = { text, normalized, searchable: new SearchableText(normalized.text), folder }
  return lastPrepared
}

/** The excerpt's prefix, quote and suffix normalised together, so each boundary sees its neighbours. */
function normalizeExcerpt(excerpt: Excerpt, folder: CharFolder) {
  const { prefix, quote, suffix } = excerpt
  const joined = normalizeText(prefix + quote + suffix, folder)
  const quoteStart = toNormalizedOffset(joined, prefix.length)
  const quoteEnd = toNormalizedOffset(joined, prefix.length + quote.length)
  return {
    prefix: joined.text.slice(0, quoteStart),
    quote: joined.text.slice(quoteStart, quoteEnd),
    suffix: joined.text.slice(quoteEnd),
  }
}

function isAtStoredOffsets(text: string, excerpt: Excerpt): boolean {
  const { start, end, quote, prefix, suffix } = excerpt
  return (
    start >= prefix.length &&
    text.slice(start, end) === quote &&
    text.slice(start - prefix.length, start) === prefix &&
    text.slice(end, end + suffix.length) === suffix
  )
}

/**
 * Whether a match is close enough to the quote to stand for it (QUOTE_SCORE_NEEDED). The quote found
 * verbatim always is: the context only chooses between occurrences, as in Hypothesis. Without any
 * stored context, an approximate match may have at most √length edits: a few typos in a short quote,
 * not a rewritten stretch of a long one.
 */
export function isAcceptable(
  match: ScoredMatch,
  wanted: { prefix: string; quote: string; suffix: string },
): boolean {
  if (match.errors === 0) return true
  const { contextAgrees, contextHalfAgrees, contextDisagrees } = QUOTE_SCORE_NEEDED
  if (match.quoteScore < contextAgrees.quote) return false
  const sides = [wanted.prefix ? match.prefixScore : null, wanted.suffix ? match.suffixScore : null]
  const scores = sides.filter((score): score is number => score !== null)
  if (scores.length === 0) return match.errors <= Math.sqrt(wanted.quote.length)
  const agreement = scores.reduce((sum, score) => sum + score, 0) / scores.length
  if (agreement >= contextAgrees.context) return true
  if (agreement >= contextHalfAgrees.context) return match.quoteScore >= contextHalfAgrees.quote
  return match.quoteScore >= contextDisagrees.quote
}

/** Finds where `excerpt` stands in `text` now, or null when its passage is gone. */
export function anchorExcerpt(text: string, excerpt: Excerpt): Anchor | null {
  if (isAtStoredOffsets(text, excerpt))
    return { start: excerpt.start, end: excerpt.end, exact: true, score: 1 }
  const { normalized, searchable, folder } = prepare(text)
  const wanted = normalizeExcerpt(excerpt, folder)
  if (wanted.quote.length === 0) return null
  const maxErrors = Math.min(
    MAX_SEARCH_ERRORS,
    wanted.quote.length * (1 - QUOTE_SCORE_NEEDED.contextAgrees.quote),
  )
  const hint = toNormalizedOffset(normalized, excerpt.start)
  const context = { prefix: wanted.prefix, suffix: wanted.suffix, hint }
  const match = matchQuote(searchable, wanted.quote, context, maxErrors)
  if (!match || !isAcceptable(match, wanted)) return null
  const range = includeEdgeWhitespace(
    text,
    toOriginalRange(normalized, match.start, match.end),
    excerpt.quote,
  )
  return { ...range, exact: text.slice(range.start, range.end) === excerpt.quote, score: match.score }
}

/**
 * Normalisation drops whitespace at a quote's edges; when the quote itself began or ended with
 * whitespace, take back as many whitespace characters of the text (a CRLF counting as one).
 */
function includeEdgeWhitespace(text: string, range: { start: number; end: number }, quote: string) {
  let { start, end } = range
  // A run the match already starts or ends with was kept by normalisation: nothing to take back.
  let wanted = isWhitespaceUnit(text.charCodeAt(start)) ? 0 : countEdgeWhitespace(quote, 1)
  while (wanted > 0 && start > 0 && isWhitespaceUnit(text.charCodeAt(start - 1))) {
    start -= text[start - 1] === '\n' && text[start - 2] === '\r' ? 2 : 1
    wanted--
  }
  wanted = isWhitespaceUnit(text.charCodeAt(end - 1)) ? 0 : countEdgeWhitespace(quote, -1)
  while (wanted > 0 && end < text.length && isWhitespaceUnit(text.charCodeAt(end))) {
    end += text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1
    wanted--
  }
  return { start, end }
}

/** How many whitespace characters open (direction 1) or close (direction -1) `quote`, a CRLF as one. */
function countEdgeWhitespace(quote: string, direction: 1 | -1): number {
  let count = 0
  let at = direction === 1 ? 0 : quote.length - 1
  while (at >= 0 && at < quote.length && isWhitespaceUnit(quote.charCodeAt(at))) {
    const crlf =
      direction === 1
        ? quote[at] === '\r' && quote[at + 1] === '\n'
        : quote[at] === '\n' && quote[at - 1] === '\r'
    at += direction * (crlf ? 2 : 1)
    count++
  }
  return count
}
