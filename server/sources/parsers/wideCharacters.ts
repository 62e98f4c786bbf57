/** Characters set without spaces between them (Chinese, Japanese kana, full-width forms). */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u

/**
 * What joins two pieces of one paragraph that a line break separated: nothing between two wide
 * characters (a Chinese sentence wrapped over two lines), a space otherwise.
 */
export function lineJoiner(before: string, after: string): '' | ' ' {
  return WIDE.test(before.at(-1) ?? '') && WIDE.test(after[0] ?? '') ? '' : ' '
}
