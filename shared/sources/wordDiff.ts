/**
 * A word diff of a quote and the passage that replaced it, for drift alerts. Chinese and Japanese have
 * no spaces between words, so each Han, kana or Hangul character is its own token (as 字数 counts
 * them, PH47); Latin words, numbers, runs of spaces and each punctuation mark are tokens too.
 */
import { diffArrays } from 'diff'

/** A run of the diff: text both share, text only the old quote had, or text only the new one has. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added'
  text: string
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}'
// One CJK character; a run of other letters, marks, digits (a word); a run of spaces; any other character.
const TOKEN = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}_'’-])+|\\s+|.`, 'gsu')

/** Splits a text into diff tokens; joined, they give the text back. */
export function diffTokens(text: string): string[] {
  return text.match(TOKEN) ?? []
}

/**
 * The word diff turning `before` into `after`, neighbouring tokens of one kind merged into one part.
 * @example diffWords('rates rose', 'rates fell') // same 'rates ', removed 'rose', added 'fell'
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = []
  for (const change of diffArrays(diffTokens(before), diffTokens(after))) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const text = change.value.join('')
    const last = parts.at(-1)
    if (last?.kind === kind) last.text += text
    else if (text) parts.push({ kind, text })
  }
  return parts
}
