/**
 * Character folding for anchoring: maps every character to the form it is compared in, so that edits
 * which change how a passage is typed but not what it says (full-width ↔ half-width punctuation and
 * letters, “” ↔ 「」 ↔ "", dash and dot styles) compare equal. Whitespace is handled by normalize.ts.
 */

// ' ‘ ’ ‚ ‛ “ ” „ ‟ ‹ › « » 「 」 『 』 〝 〞 〟
const QUOTE_MARKS = [
  0x27, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0x2039, 0x203a, 0xab, 0xbb, 0x300c,
  0x300d, 0x300e, 0x300f, 0x301d, 0x301e, 0x301f,
]

/** What a character folds to when NFKC alone leaves it apart from its plain-ASCII twin. */
const EXTRA_FOLDS: ReadonlyMap<number, string> = new Map([
  // Ideographic full stop and enumeration comma: half-width conversions type them as . and ,
  [0x3002, '.'],
  [0x3001, ','],
  // Every quotation-mark style, so that “” → 「」 or ‘’ → 『』 is no change at all.
  ...QUOTE_MARKS.map((code) => [code, '"'] as [number, string]),
  // Dashes and minus signs.
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2e3a, 0x2e3b].map(
    (code) => [code, '-'] as [number, string],
  ),
  // Lenticular and tortoise-shell brackets are what half-width text writes as [ ].
  ...[0x3010, 0x3014, 0x3016].map((code) => [code, '['] as [number, string]),
  ...[0x3011, 0x3015, 0x3017].map((code) => [code, ']'] as [number, string]),
  // Middle dots, and the midline ellipsis Chinese text uses as often as …
  ...[0x30fb, 0x2027, 0x2022].map((code) => [code, '\u00b7'] as [number, string]),
  [0x22ef, '...'],
  // Invisible characters: a soft hyphen or a zero-width space changes nothing a reader sees.
  ...[0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff].map((code) => [code, ''] as [number, string]),
])

// Outside the BMP, each distinct character gets one private-use unit, so that a rare CJK
// Extension B character or an emoji counts as one character (one error) instead of a surrogate pair.
const PRIVATE_USE_FIRST = 0xe000
const PRIVATE_USE_LAST = 0xf8ff

/** Folds characters for one text and the excerpts compared with it: astral characters share one table. */
export class CharFolder {
  private readonly bmpCache = new Map<number, string>()
  private readonly astral = new Map<number, string>()
  private nextPrivateUse = PRIVATE_USE_FIRST

  /** The folded form of one code point (empty when it is dropped); never called for whitespace. */
  fold(codePoint: number): string {
    if (codePoint > 0xffff) return this.foldAstral(codePoint)
    let folded = this.bmpCache.get(codePoint)
    if (folded === undefined) {
      folded = foldBmp(codePoint)
      this.bmpCache.set(codePoint, folded)
    }
    return folded
  }

  private foldAstral(codePoint: number): string {
    let folded = this.astral.get(codePoint)
    if (folded === undefined) {
      // NOTE: past 6,400 distinct astral characters in one text, the rest keep their surrogate pairs.
      folded =
        this.nextPrivateUse <= PRIVATE_USE_LAST
          ? String.fromCharCode(this.nextPrivateUse++)
          : String.fromCodePoint(codePoint)
      this.astral.set(codePoint, folded)
    }
    return folded
  }
}

/** NFKC (full-width forms, compatibility ideographs, ellipsis) followed by the extra folds. */
function foldBmp(code: number): string {
  const extra = EXTRA_FOLDS.get(code)
  if (extra !== undefined) return extra
  const nfkc = String.fromCharCode(code).normalize('NFKC')
  let folded = ''
  for (let i = 0; i < nfkc.length; i++) {
    const unit = nfkc.charCodeAt(i)
    folded += EXTRA_FOLDS.get(unit) ?? nfkc[i]
  }
  return folded
}

/** Whether a UTF-16 unit is whitespace (JavaScript's `\s`: line breaks, U+3000, no-break space…). */
export function isWhitespaceUnit(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u

/**
 * Whether a folded unit belongs to a script that separates words with spaces (Latin, Greek,
 * Cyrillic, Hangul, digits…). Whitespace is kept only between two such units: between Chinese or
 * Japanese characters, or beside punctuation, it is layout and is dropped.
 */
export function isSpacedWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  if (isCjkUnit(code) || (code >= PRIVATE_USE_FIRST && code <= PRIVATE_USE_LAST)) return false
  if (code >= 0xd800 && code <= 0xdfff) return false
  return LETTER_OR_DIGIT.test(String.fromCharCode(code))
}

function isCjkUnit(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x2fdf) || // radicals
    (code >= 0x3000 && code <= 0x31ff) || // CJK punctuation, kana, bopomofo
    (code >= 0x3400 && code <= 0x4dbf) || // Extension A
    (code >= 0x4e00 && code <= 0x9fff) || // unified ideographs
    (code >= 0xf900 && code <= 0xfaff) // compatibility ideographs
  )
}
