/** The landing page's choice of a new board's first articles: the demo's, none, or the creator's own. */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { DebateStringKey } from './strings.ts'

/** What the creator chose; "own" makes a board without articles and opens it at the Add article dialog. */
export type ArticlesChoice = 'demo' | 'none' | 'own'

const CHOICES: readonly [ArticlesChoice, DebateStringKey][] = [
  ['demo', 'articlesDemo'],
  ['none', 'articlesNone'],
  ['own', 'articlesOwn'],
]

interface ArticlesChoiceFieldProps {
  value: ArticlesChoice
  onChange(choice: ArticlesChoice): void
}

export function ArticlesChoiceField({ value, onChange }: ArticlesChoiceFieldProps) {
  const { t } = useTranslation('debate')
  const name = useId()
  return (
    <fieldset className="choice-list" data-testid="articles-choice">
      <legend>{t('articlesLegend')}</legend>
      {CHOICES.map(([choice, label]) => (
        <label key={choice} className="choice-line">
          <input
            type="radio"
            name={name}
            value={choice}
            checked={choice === value}
            onChange={() => onChange(choice)}
            data-testid={`articles-${choice}`}
          />
          <span>{t(label)}</span>
        </label>
      ))}
    </fieldset>
  )
}
