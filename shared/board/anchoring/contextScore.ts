/**
 * How well a stored prefix or suffix appears beside a candidate: Hypothesis' `textMatchScore`
 * (1 - the fewest edits that turn the context into some substring of the window / its length). The
 * same context is compared with thousands of windows for a short quote in a long article, so its
 * bit vectors are built once and each window costs one pass of Myers' algorithm.
 */

const WORD = 32

/**
 * The fewest edits that turn `str` into some substring of `window`, by the textbook table: the figure
 * approx-string-match reports for its best match. The reference for ContextScorer, and its fallback
 * for a context longer than 32 units.
 */
export function substringEditDistance(window: string, str: string): number {
  // row[j]: edits for the pattern so far against a substring of `window` ending at j (starting anywhere).
  const row = new Int32Array(window.length + 1)
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
  return Math.min(str.length, ...row)
}

/** How well `str` appears somewhere in `window`, from 0 to 1 (Hypothesis' `textMatchScore`). */
export function textMatchScore(window: string, str: string): number {
  if (str.length === 0 || window.length === 0) return 0
  if (window.includes(str)) return 1
  return 1 - substringEditDistance(window, str) / str.length
}

/** Scores one context against many windows of a text. */
export class ContextScorer {
  /** For each unit of the context, the bit vector of the positions where it occurs. */
  private readonly equal = new Map<number, number>()

  constructor(private readonly context: string) {
    if (context.length > WORD) return
    for (let i = 0; i < context.length; i++) {
      const unit = context.charCodeAt(i)
      this.equal.set(unit, (this.equal.get(unit) ?? 0) | (1 << i))
    }
  }

  /** The score of the context against the text just before `start` (a prefix). */
  scoreBefore(text: string, start: number): number {
    return this.score(text, Math.max(0, start - this.context.length), start)
  }

  /** The score of the context against the text just after `end` (a suffix). */
  scoreAfter(text: string, end: number): number {
    return this.score(text, end, Math.min(text.length, end + this.context.length))
  }

  /** textMatchScore(text.slice(from, to), context), without the slice when the context fits a word. */
  private score(text: string, from: number, to: number): number {
    const length = this.context.length
    if (length === 0 || to <= from) return 0
    if (length > WORD) return textMatchScore(text.slice(from, to), this.context)
    // Myers' bit-parallel algorithm for one word, in search mode (a match may start anywhere).
    const last = 1 << (length - 1)
    let plus = ~0
    let minus = 0
    let errors = length
    let best = length
    for (let at = from; at < to; at++) {
      const equal = this.equal.get(text.charCodeAt(at)) ?? 0
      const vertical = equal | minus
      // The sum may pass 32 bits: `^` takes it modulo 2^32, which is what the algorithm wants.
      const horizontal = (((equal & plus) + plus) ^ plus) | equal
      let horizontalPlus = minus | ~(horizontal | plus)
      let horizontalMinus = plus & horizontal
      if (horizontalPlus & last) errors++
      else if (horizontalMinus & last) errors--
      horizontalPlus <<= 1
      horizontalMinus <<= 1
      plus = horizontalMinus | ~(vertical | horizontalPlus)
      minus = horizontalPlus & vertical
      if (errors < best) best = errors
    }
    return 1 - best / length
  }
}
