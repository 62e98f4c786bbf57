/** The article's language: Chinese (either script), English, or any other tag typed in; guessed until chosen. */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGE_NAMES } from '../i18n/language.ts'
import type { FieldProblem } from './articleDraft.ts'
import { describedBy, FieldMessage } from './FieldMessage.tsx'
import { GuessedLanguage } from '../../shared/sources/guessLanguage.ts'
import { LanguageChoice } from './languageChoice.ts'

interface LanguageFieldProps {
  /** What the select shows: a listed tag or `other`. */
  choice: LanguageChoice
  otherTag: string
  /** True while the choice follows the guess from the text. */
  guessed: boolean
  problem: FieldProblem | undefined
  onChoice(choice: LanguageChoice): void
  onOtherTag(tag: string): void
}

export function LanguageField({
  choice,
  otherTag,
  guessed,
  problem,
  onChoice,
  onOtherTag,
}: LanguageFieldProps) {
  const { t } = useTranslation('sources')
  const id = useId()
  const hintId = `${id}-hint`
  const selectProblem = choice === LanguageChoice.Other ? undefined : problem
  return (
    <div className="article-language">
      <label className="field">
        <span>{t('languageLabel')}</span>
        <select
          value={choice}
          onChange={(event) => onChoice(event.target.value as LanguageChoice)}
          aria-describedby={describedBy(`${id}-error`, selectProblem, ...(guessed ? [hintId] : []))}
          data-testid="article-language"
        >
          {Object.values(GuessedLanguage).map((tag) => (
            <option key={tag} value={tag}>
              {`${LANGUAGE_NAMES[tag]} (${tag})`}
            </option>
          ))}
          <option value={LanguageChoice.Other}>{t('languageOther')}</option>
        </select>
        {guessed && (
          <small id={hintId} className="article-hint">
            {t('languageGuessed')}
          </small>
        )}
      </label>
      {choice === LanguageChoice.Other && (
        <label className="field">
          <span>{t('languageOtherLabel')}</span>
          <input
            value={otherTag}
            maxLength={35}
            placeholder={t('languageOtherPlaceholder')}
            autoFocus
            aria-invalid={problem !== undefined}
            aria-describedby={describedBy(`${id}-error`, problem)}
            onChange={(event) => onOtherTag(event.target.value)}
            data-testid="article-language-other"
          />
        </label>
      )}
      <FieldMessage id={`${id}-error`} problem={problem} />
    </div>
  )
}
