/**
 * Characters of a source text that the reader leaves out of what it shows, without touching the text:
 * offsets (and so every excerpt) stay those of the stored bytes; hidden characters are simply not drawn.
 * Pasted articles carry leftovers of their first life: a Markdown image line with no picture to show
 * (`![]()`), and doubled commas where an editor's punctuation met the original's.
 */
import type { TextRange } from './selectionToRange.ts'

// A line holding nothing but one Markdown image, `![alt](url "title")`, with spaces around it.
const IMAGE_LINE = /^[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t\r]*$/gm
// Two or more of the same comma, half-width or full-width, in a row.
const REPEATED_COMMA = /([,，])\1+/g

/**
 * The ranges of `text` not to show, sorted and disjoint: each image-only line whole, and every comma
 * of a run after its first.
 * @example findHiddenRanges('表示,,如') // [{ start: 3, end: 4 }]
 */
export function findHiddenRanges(text: string): TextRange[] {
  const ranges: TextRange[] = []
  for (const match of text.matchAll(IMAGE_LINE))
    ranges.push({ start: match.index, end: match.index + match[0].length })
  for (const match of text.matchAll(REPEATED_COMMA))
    ranges.push({ start: match.index + 1, end: match.index + match[0].length })
  return mergeRanges(ranges)
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const merged: TextRange[] = []
  for (const range of ranges.sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else if (range.end > range.start) merged.push({ ...range })
  }
  return merged
}
