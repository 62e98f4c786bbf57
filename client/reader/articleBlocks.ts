/** Splits a source text into paragraphs and runs of plain or highlighted text, keeping exact offsets. */
import type { HighlightSegment } from './highlightSegments.ts'
import type { TextRange } from './selectionToRange.ts'

/** A run of source text `[start, end)` inside one paragraph; highlighted when it has a segment. */
export interface ArticlePiece {
  start: number
  end: number
  segment: HighlightSegment | undefined
}

/** One line of the source text, without its newline (which stays between paragraphs, at `end`). */
export interface ArticleParagraph {
  start: number
  end: number
  pieces: ArticlePiece[]
}

/**
 * Cuts `text` at each newline into paragraphs, and each paragraph at the segment boundaries. The text is
 * never trimmed or normalised: offsets are those of the original string, newlines included. Characters
 * in `hidden` (sorted, disjoint; see `findHiddenRanges`) are left out of the pieces, and a line they
 * hide entirely is left out altogether; every other offset is unchanged.
 */
export function splitArticle(
  text: string,
  segments: readonly HighlightSegment[],
  hidden: readonly TextRange[] = [],
): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = []
  let first = 0
  for (let start = 0; ;) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    while (first < segments.length && (segments[first] as HighlightSegment).end <= start) first++
    const pieces = withoutHidden(splitParagraph(start, end, segments, first), hidden)
    if (pieces.length > 0 || end === start) paragraphs.push({ start, end, pieces })
    if (newline === -1) return paragraphs
    start = newline + 1
  }
}

// Cuts the hidden ranges out of the pieces; a piece may lose its middle and become two.
function withoutHidden(pieces: ArticlePiece[], hidden: readonly TextRange[]): ArticlePiece[] {
  if (hidden.length === 0 || pieces.length === 0) return pieces
  const kept: ArticlePiece[] = []
  for (const piece of pieces) {
    let at = piece.start
    for (let i = firstEndingAfter(hidden, at); i < hidden.length; i++) {
      const range = hidden[i] as TextRange
      if (range.start >= piece.end) break
      if (range.start > at) kept.push({ ...piece, start: at, end: range.start })
      at = Math.max(at, range.end)
    }
    if (at < piece.end) kept.push({ ...piece, start: at })
  }
  return kept
}

// Binary search: the index of the first range ending after `offset`, so that long articles stay fast.
function firstEndingAfter(ranges: readonly TextRange[], offset: number): number {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((ranges[middle] as TextRange).end <= offset) low = middle + 1
    else high = middle
  }
  return low
}

function splitParagraph(start: number, end: number, segments: readonly HighlightSegment[], first: number) {
  const pieces: ArticlePiece[] = []
  let at = start
  for (let i = first; i < segments.length; i++) {
    const segment = segments[i] as HighlightSegment
    if (segment.start >= end) break
    const from = Math.max(segment.start, at)
    const to = Math.min(segment.end, end)
    if (to <= from) continue
    if (from > at) pieces.push({ start: at, end: from, segment: undefined })
    pieces.push({ start: from, end: to, segment })
    at = to
  }
  if (at < end) pieces.push({ start: at, end, segment: undefined })
  return pieces
}
