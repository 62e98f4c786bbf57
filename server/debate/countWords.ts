/** Counting the words of a card, in English and in Chinese alike. */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' })
const HAN = /\p{Script=Han}/gu
const NOT_HAN_WORD = /[\p{L}\p{N}]/u

/**
 * The words in `text`: each Han character counts as one word (字数, as Chinese teachers count), and
 * every other word as one. NOTE: Intl.Segmenter alone would group Han characters into dictionary
 * words ("我们" is one), and its dictionary differs between ICU builds (Node, Chrome); counting
 * characters inside its word-like segments gives the same figure everywhere.
 */
export function countWords(text: string): number {
  let words = 0
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue
    const han = segment.match(HAN)?.length ?? 0
    // A segment such as "AI云" holds a Latin word beside its Han characters.
    const rest = han > 0 ? segment.replace(HAN, '') : segment
    words += han + (NOT_HAN_WORD.test(rest) ? 1 : 0)
  }
  return words
}
