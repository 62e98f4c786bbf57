/** A first guess at an article's language tag from its text, for the add-article dialog to start from. */
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './hanVariants.ts'

/** The language tags the guess can give. */
export const GuessedLanguage = { Simplified: 'zh-Hans', Traditional: 'zh-Hant', English: 'en' } as const
export type GuessedLanguage = (typeof GuessedLanguage)[keyof typeof GuessedLanguage]

// The opening of an article tells its script as well as the whole; this keeps typing in a long text fast.
const SAMPLE_LENGTH = 20_000
const HAN = /\p{Script=Han}/u
const LATIN = /\p{Script=Latin}/u

/**
 * More Han characters than Latin-script words reads as Chinese (a Han character is about a word, so
 * English names in a Chinese article do not tip it): Traditional when traditional-only characters
 * outnumber simplified-only ones, else Simplified. Anything else reads as English.
 * @example guessLanguage('我們認為') // 'zh-Hant'
 */
export function guessLanguage(text: string): GuessedLanguage {
  const counts = countScripts(text.slice(0, SAMPLE_LENGTH))
  if (counts.han === 0 || counts.han <= counts.latinWords) return GuessedLanguage.English
  return counts.traditional > counts.simplified ? GuessedLanguage.Traditional : GuessedLanguage.Simplified
}

function countScripts(text: string) {
  const counts = { han: 0, latinWords: 0, simplified: 0, traditional: 0 }
  let inWord = false
  for (const char of text) {
    const latin = LATIN.test(char)
    if (latin && !inWord) counts.latinWords++
    inWord = latin
    if (!HAN.test(char)) continue
    counts.han++
    if (SIMPLIFIED_ONLY.has(char)) counts.simplified++
    else if (TRADITIONAL_ONLY.has(char)) counts.traditional++
  }
  return counts
}
