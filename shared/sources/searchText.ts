/**
 * Finding a query in an article the way a reader means it: case and full-width/half-width forms
 * ignored, and Simplified and Traditional Chinese taken as the same characters (汉语 finds 漢語),
 * through a converter to Simplified (OpenCC, hanFolding.ts) that the caller passes in.
 */

/** Turns Chinese text into Simplified characters (OpenCC's Traditional → Simplified). */
export type ToSimplified = (text: string) => string

/** A match `[start, end)` in UTF-16 units of the original text. */
export interface TextMatch {
  start: number
  end: number
}

/** At most this many matches are listed: a one-letter query in a long article needs no more. */
export const MAX_MATCHES = 1_000

/**
 * The text folded for search, unit for unit (same length, so offsets carry over): full-width ASCII
 * and the ideographic space to their half-width forms, lower case, Traditional to Simplified.
 */
export function foldForSearch(text: string, toSimplified: ToSimplified): string {
  let folded = ''
  for (const unit of text) folded += foldUnit(unit)
  // OpenCC converts phrase by phrase; a phrase whose length changed would shift every offset after it.
  const whole = toSimplified(folded)
  if (whole.length === folded.length) return whole
  let byCharacter = ''
  for (const character of folded) {
    const converted = toSimplified(character)
    byCharacter += converted.length === character.length ? converted : character
  }
  return byCharacter
}

function foldUnit(character: string): string {
  const code = character.codePointAt(0) ?? 0
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0).toLowerCase()
  if (code === 0x3000) return ' '
  const lower = character.toLowerCase()
  return lower.length === character.length ? lower : character
}

/**
 * Every match of `query` in `text` (folded alike), in order, not overlapping; none for a blank query.
 * @example findMatches('漢語和汉语', '汉语', toSimplified) // [{ start: 0, end: 2 }, { start: 3, end: 5 }]
 */
export function findMatches(text: string, query: string, toSimplified: ToSimplified): TextMatch[] {
  const needle = foldForSearch(query.trim(), toSimplified)
  if (needle.length === 0) return []
  const haystack = foldForSearch(text, toSimplified)
  const matches: TextMatch[] = []
  for (let at = haystack.indexOf(needle); at !== -1 && matches.length < MAX_MATCHES;) {
    matches.push({ start: at, end: at + needle.length })
    at = haystack.indexOf(needle, at + needle.length)
  }
  return matches
}
