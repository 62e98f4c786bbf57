/** What the add-article form's language select holds. */
import { GuessedLanguage } from '../../shared/sources/guessLanguage.ts'

/** A listed language tag, or `other` for a tag typed in. */
export const LanguageChoice = { ...GuessedLanguage, Other: 'other' } as const
export type LanguageChoice = (typeof LanguageChoice)[keyof typeof LanguageChoice]
