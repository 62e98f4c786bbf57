/** Building and re-finding excerpts: TextPosition offsets checked against a TextQuote. */
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

/**
 * Finds where an excerpt stands in `text`: at its offsets when the quote is still there, otherwise at
 * the occurrence of the quote whose surrounding text best matches the prefix and suffix; null if absent.
 */
export function locateExcerpt(text: string, excerpt: Excerpt): { start: number; end: number } | null {
  if (text.slice(excerpt.start, excerpt.end) === excerpt.quote)
    return { start: excerpt.start, end: excerpt.end }
  let best: { start: number; score: number } | null = null
  for (let at = text.indexOf(excerpt.quote); at !== -1; at = text.indexOf(excerpt.quote, at + 1)) {
    const score = contextScore(text, at, excerpt) - Math.abs(at - excerpt.start) / (text.length + 1)
    if (!best || score > best.score) best = { start: at, score }
  }
  return best && { start: best.start, end: best.start + excerpt.quote.length }
}

function contextScore(text: string, at: number, excerpt: Excerpt) {
  const before = text.slice(Math.max(0, at - excerpt.prefix.length), at)
  const after = text.slice(at + excerpt.quote.length, at + excerpt.quote.length + excerpt.suffix.length)
  return commonSuffixLength(before, excerpt.prefix) + commonPrefixLength(after, excerpt.suffix)
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
