/**
 * Approximate search over a long text, fast enough for a 500,000-character article: the same matches
 * as approx-string-match's `search` (Myers' bit-parallel algorithm), but run only where a match can be.
 * By the pigeonhole principle, a match with at most k edits holds at least one of any k + 1 disjoint
 * pieces of the pattern unchanged; the pieces are chosen rare (trigramIndex.ts counts them), found
 * exactly, and Myers' algorithm runs on the windows around them.
 */
import search, { type Match } from 'approx-string-match'
import { TrigramIndex } from './trigramIndex.ts'

/** Past this share of the text, checking windows costs more than searching the whole text. */
const MAX_WINDOW_SHARE = 0.25
/** Pieces are 3 to 6 units long: long enough to be rare, short enough to leave room for k + 1 of them. */
const MIN_PIECE = 3
const MAX_PIECE = 6
/**
 * Windows closer than this many pattern lengths are searched as one: each search pays a set-up in
 * proportion to the pattern, so scanning a short gap is cheaper than starting again.
 */
const MERGE_GAP_IN_PATTERNS = 8

/** A text prepared for repeated approximate searches. */
export class SearchableText {
  private index: TrigramIndex | null = null

  constructor(readonly text: string) {}

  /** Every start offset of `piece` in the text, overlapping ones included. */
  occurrences(piece: string): number[] {
    if (piece.length >= MIN_PIECE) return this.trigrams().occurrences(piece)
    const found: number[] = []
    for (let at = this.text.indexOf(piece); at !== -1; at = this.text.indexOf(piece, at + 1)) found.push(at)
    return found
  }

  /** The lowest-error matches of `pattern` with at most `maxErrors` edits, as approx-string-match finds them. */
  search(pattern: string, maxErrors: number): Match[] {
    const k = Math.floor(maxErrors)
    const windows = this.candidateWindows(pattern, k)
    if (!windows) return search(this.text, pattern, k)
    let best: Match[] = []
    for (const [start, end] of windows) {
      for (const match of search(this.text.slice(start, end), pattern, k)) {
        if (best.length > 0 && match.errors > (best[0] as Match).errors) continue
        if (best.length > 0 && match.errors < (best[0] as Match).errors) best = []
        best.push({ start: match.start + start, end: match.end + start, errors: match.errors })
      }
    }
    return best
  }

  /** Merged windows that hold every match with at most k edits, or null when they would cover too much. */
  private candidateWindows(pattern: string, k: number): [number, number][] | null {
    const index = this.trigrams()
    const pieces = choosePieces(pattern.length, k + 1, (at) => index.countAt(pattern, at))
    if (!pieces) return null
    const budget = this.text.length * MAX_WINDOW_SHARE
    const windows: [number, number][] = []
    for (const [from, to] of pieces) {
      for (const at of this.occurrences(pattern.slice(from, to))) {
        // A match holding this piece unchanged starts within k of `at - from`, and ends within k of its end.
        windows.push([Math.max(0, at - from - k), Math.min(this.text.length, at - from + pattern.length + k)])
        if (windows.length * (pattern.length + 2 * k) > budget) return null
      }
    }
    windows.sort((a, b) => a[0] - b[0])
    const gap = pattern.length * MERGE_GAP_IN_PATTERNS
    const merged: [number, number][] = []
    for (const window of windows) {
      const last = merged[merged.length - 1]
      if (last && window[0] <= last[1] + gap) last[1] = Math.max(last[1], window[1])
      else merged.push([window[0], window[1]])
    }
    return merged
  }

  private trigrams(): TrigramIndex {
    this.index ??= new TrigramIndex(this.text)
    return this.index
  }
}

/**
 * `count` disjoint pieces of a pattern of `length` units, as [from, to) pairs: the set of 3- to 6-unit
 * pieces expected to occur least often in the text (`trigramCount(at)` counts the pattern's trigram at
 * `at`; a piece occurs at most as often as its rarest trigram), by dynamic programming over the
 * pattern; equal slices when the pattern is too short for that; null when not even that is possible.
 */
export function choosePieces(
  length: number,
  count: number,
  trigramCount: (at: number) => number,
): [number, number][] | null {
  if (length < MIN_PIECE * count) {
    const size = Math.floor(length / count)
    if (size < 1) return null
    return Array.from({ length: count }, (_, i) => [i * size, i === count - 1 ? length : (i + 1) * size])
  }
  // rarest[size][from]: the count of the rarest trigram in [from, from + size).
  const rarest: Float64Array[] = []
  rarest[MIN_PIECE] = Float64Array.from({ length: length - 2 }, (_, at) => trigramCount(at))
  for (let size = MIN_PIECE + 1; size <= MAX_PIECE; size++) {
    const shorter = rarest[size - 1]!
    rarest[size] = Float64Array.from({ length: Math.max(0, length - size + 1) }, (_, at) =>
      Math.min(shorter[at]!, shorter[at + 1]!),
    )
  }
  // cost[j][i]: the fewest expected occurrences of j pieces within [0, i); choice[j][i]: the size of the
  // piece ending at i in that choice, or -1 when none does.
  const cost = Array.from({ length: count + 1 }, () => new Float64Array(length + 1).fill(Infinity))
  const choice = Array.from({ length: count + 1 }, () => new Int32Array(length + 1).fill(-1))
  cost[0]!.fill(0)
  for (let j = 1; j <= count; j++) {
    const row = cost[j]!
    for (let i = MIN_PIECE * j; i <= length; i++) {
      row[i] = row[i - 1]!
      for (let size = MIN_PIECE; size <= MAX_PIECE && size <= i; size++) {
        const candidate = cost[j - 1]![i - size]! + rarest[size]![i - size]!
        if (candidate < row[i]!) {
          row[i] = candidate
          choice[j]![i] = size
        }
      }
    }
  }
  const pieces: [number, number][] = []
  for (let j = count, i = length; j > 0;) {
    const size = choice[j]![i]!
    if (size < 0) {
      i--
      continue
    }
    pieces.push([i - size, i])
    i -= size
    j--
  }
  return pieces.reverse()
}
