/**
 * Approximate search over a long text, fast enough for a 500,000-character article: the same matches
 * as approx-string-match's `search` (Myers' bit-parallel algorithm), but the text is first narrowed to
 * the windows where a match can be. By the pigeonhole principle, a match with at most k edits contains
 * at least one of k + 1 pieces of the pattern unchanged; those pieces are found through a trigram index
 * built once per text, and Myers' algorithm runs only around them.
 */
import search, { type Match } from 'approx-string-match'

const BUCKET_BITS = 16
const BUCKETS = 1 << BUCKET_BITS
/** Past this share of the text, checking windows costs more than searching the whole text. */
const MAX_WINDOW_SHARE = 0.25

function trigramHash(text: string, at: number): number {
  const hash = Math.imul(text.charCodeAt(at), 0x9e3779b1) ^ Math.imul(text.charCodeAt(at + 1), 0x85ebca6b)
  return (hash ^ Math.imul(text.charCodeAt(at + 2), 0xc2b2ae35)) >>> (32 - BUCKET_BITS)
}

/** A text prepared for repeated approximate searches. */
export class SearchableText {
  private index: { offsets: Int32Array; positions: Int32Array } | null = null

  constructor(readonly text: string) {}

  /** Every start offset of `piece` in the text, overlapping ones included. */
  occurrences(piece: string): number[] {
    const found: number[] = []
    if (piece.length < 3) {
      for (let at = this.text.indexOf(piece); at !== -1; at = this.text.indexOf(piece, at + 1)) found.push(at)
      return found
    }
    const { offsets, positions } = this.trigrams()
    const bucket = trigramHash(piece, 0)
    for (let i = offsets[bucket] as number; i < (offsets[bucket + 1] as number); i++) {
      const at = positions[i] as number
      if (this.text.startsWith(piece, at)) found.push(at)
    }
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
    const pieces = k + 1
    const pieceLength = Math.floor(pattern.length / pieces)
    if (pieceLength < 1) return null
    const budget = this.text.length * MAX_WINDOW_SHARE
    const windows: [number, number][] = []
    for (let piece = 0; piece < pieces; piece++) {
      const from = piece * pieceLength
      const to = piece === pieces - 1 ? pattern.length : from + pieceLength
      for (const at of this.occurrences(pattern.slice(from, to))) {
        // The match holding this piece unchanged starts within k of `at - from` and ends within k of its end.
        windows.push([Math.max(0, at - from - k), Math.min(this.text.length, at - from + pattern.length + k)])
        if (windows.length * (pattern.length + 2 * k) > budget) return null
      }
    }
    windows.sort((a, b) => a[0] - b[0])
    const merged: [number, number][] = []
    for (const window of windows) {
      const last = merged[merged.length - 1]
      if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1])
      else merged.push([window[0], window[1]])
    }
    return merged
  }

  private trigrams() {
    if (this.index) return this.index
    const { text } = this
    const count = Math.max(0, text.length - 2)
    const offsets = new Int32Array(BUCKETS + 1)
    // Counting sort of the positions by bucket: counts first, then their running sums as offsets.
    for (let at = 0; at < count; at++) {
      const bucket = trigramHash(text, at) + 1
      offsets[bucket] = (offsets[bucket] as number) + 1
    }
    for (let bucket = 0; bucket < BUCKETS; bucket++)
      offsets[bucket + 1] = (offsets[bucket + 1] as number) + (offsets[bucket] as number)
    const cursor = offsets.slice(0, BUCKETS)
    const positions = new Int32Array(count)
    for (let at = 0; at < count; at++) positions[(cursor[trigramHash(text, at)] as number)++] = at
    this.index = { offsets, positions }
    return this.index
  }
}
