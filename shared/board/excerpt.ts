/** Building and re-finding excerpts: TextPosition offsets checked against a TextQuote. */
import { anchorExcerpt, type Anchor } from './anchoring/anchorExcerpt.ts'
import { LIMITS, type Excerpt } from './schema.ts'
import { isHighSurrogate } from './text.ts'

/** Moves an offset off the middle of a surrogate pair, so that no slice splits a character. */
function snapToCharBoundary(text: string, offset: number, direction: -1 | 1) {
  if (offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)))
    return offset + direction
  return offset
}

/** Builds the excerpt of `text` between UTF-16 offsets `start` and `end`, with its context. */
export function makeExcerpt(sourceId: string, text: string, start: number, end: number): Excerpt {
  if (!(start >= 0 && end <= text.length && start < end)) {
    throw new RangeError(`excerpt [${start}, ${end}) lies outside a text of length ${text.length}`)
  }
  const context = LIMITS.contextLength
  const prefixStart = snapToCharBoundary(text, Math.max(0, start - context), 1)
  const suffixEnd = snapToCharBoundary(text, Math.min(text.length, end + context), -1)
  return {
    sourceId,
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  }
}

/** Where an excerpt stands in a text: its range, whether that is the quote verbatim, and the match score. */
export type ExcerptRange = Anchor

/**
 * Finds where an excerpt stands in `text`: at its offsets when it is still there; otherwise where
 * its quote, found exactly or approximately (typos fixed, punctuation, quote marks or spacing
 * changed), best matches its prefix, suffix and position; null when the passage is gone.
 * See anchoring/anchorExcerpt.ts.
 */
export function locateExcerpt(text: string, excerpt: Excerpt): ExcerptRange | null {
  return anchorExcerpt(text, excerpt)
}

/** The length of the longest common prefix of two strings. */
export function commonPrefixLength(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** The length of the longest common suffix of two strings. */
export function commonSuffixLength(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++
  return i
}
