/** Splits a source text into paragraphs and runs of plain or highlighted text, keeping exact offsets. */
import type { HighlightSegment } from './highlightSegments.ts'

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
 * never trimmed or normalised: offsets are those of the original string, newlines included.
 */
export function splitArticle(text: string, segments: readonly HighlightSegment[]): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = []
  let first = 0
  for (let start = 0; ;) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    while (first < segments.length && (segments[first] as HighlightSegment).end <= start) first++
    paragraphs.push({ start, end, pieces: splitParagraph(start, end, segments, first) })
    if (newline === -1) return paragraphs
    start = newline + 1
  }
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
