/**
 * Normalisation for anchoring: a text folded character by character (foldChar.ts) with its
 * whitespace runs collapsed, plus a map from every normalised unit back to the original text, so
 * that a match found in the normalised text is reported in the original's UTF-16 offsets.
 */
import { CharFolder, isSpacedWordUnit, isWhitespaceUnit } from './foldChar.ts'
import { isHighSurrogate, isLowSurrogate } from '../text.ts'

/** A normalised text and, for each of its units, the original range it came from. */
export interface NormalizedText {
  readonly text: string
  /** `starts[i]` is the original offset where normalised unit `i` begins. */
  readonly starts: Int32Array
  /** `ends[i]` is the original offset just past the characters normalised unit `i` stands for. */
  readonly ends: Int32Array
}

const SPACE = 0x20
// NOTE: a lone surrogate decodes to U+FFFD; the text and the quote fold through the same path, so
// they still compare equal, and one unit stays one unit.
const UTF16 = new TextDecoder('utf-16le')

/** Builds the normalised units of one string, growing its buffers as folds expand. */
class Builder {
  units = new Uint16Array(16)
  starts = new Int32Array(16)
  ends = new Int32Array(16)
  length = 0

  constructor(expected: number) {
    this.grow(Math.max(16, expected + (expected >> 4)))
  }

  push(unit: number, start: number, end: number) {
    if (this.length === this.units.length) this.grow(this.length * 2)
    this.units[this.length] = unit
    this.starts[this.length] = start
    this.ends[this.length] = end
    this.length++
  }

  lastUnit(): number {
    return this.length > 0 ? (this.units[this.length - 1] as number) : -1
  }

  finish(): NormalizedText {
    return {
      // Decoding the buffer at once is many times faster than String.fromCharCode over chunks.
      text: UTF16.decode(this.units.subarray(0, this.length)),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
    }
  }

  private grow(size: number) {
    const units = new Uint16Array(size)
    const starts = new Int32Array(size)
    const ends = new Int32Array(size)
    units.set(this.units.subarray(0, this.length))
    starts.set(this.starts.subarray(0, this.length))
    ends.set(this.ends.subarray(0, this.length))
    this.units = units
    this.starts = starts
    this.ends = ends
  }
}

/**
 * Normalises `text` for matching: characters folded, every whitespace run (CRLF, U+3000 included)
 * collapsed to one space between two words of a spaced script and dropped everywhere else (between
 * Chinese characters, between Chinese and Latin text, beside punctuation, at either end).
 * @example
 * normalizeText('生成式 AI，\r\n泡沫').text // → '生成式AI,泡沫'
 */
export function normalizeText(text: string, folder: CharFolder = new CharFolder()): NormalizedText {
  const out = new Builder(text.length)
  let runStart = -1
  let runEnd = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isWhitespaceUnit(code)) {
      if (runStart < 0) runStart = i
      runEnd = i + 1
      continue
    }
    let folded: string | undefined
    let width = 1
    let first = code
    if (code < 0x80) {
      if (code === 0x27) first = 0x22 // the apostrophe folds like every other quote mark
    } else if (code < 0x4e00 || code > 0x9fff) {
      // Unified ideographs are their own fold; everything else goes through the folder.
      const astral = isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))
      width = astral ? 2 : 1
      folded = folder.fold(astral ? (text.codePointAt(i) as number) : code)
      if (folded.length === 0) {
        i += width - 1
        continue
      }
      first = folded.charCodeAt(0)
    }
    if (runStart >= 0) {
      if (isSpacedWordUnit(out.lastUnit()) && isSpacedWordUnit(first)) out.push(SPACE, runStart, runEnd)
      runStart = -1
    }
    if (folded === undefined) out.push(first, i, i + 1)
    else for (let k = 0; k < folded.length; k++) out.push(folded.charCodeAt(k), i, i + width)
    i += width - 1
  }
  return out.finish()
}

/** The first normalised index whose unit starts at or after original offset `offset`. */
export function toNormalizedOffset(normalized: NormalizedText, offset: number): number {
  const { starts } = normalized
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((starts[middle] as number) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** The original range that normalised units [start, end) stand for; `end` must exceed `start`. */
export function toOriginalRange(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: normalized.starts[start] as number, end: normalized.ends[end - 1] as number }
}
