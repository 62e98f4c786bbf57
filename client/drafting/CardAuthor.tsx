/** A card's author line: a name, "by you", the author's team on an anonymous board, or nothing. */
import './drafting.css'
import { useTranslation } from 'react-i18next'
import type { AuthorLabel } from './authorLabel.ts'

/** The author line as plain words, for the card's accessible name. */
export function useAuthorText(label: AuthorLabel): string {
  const { t } = useTranslation('drafting')
  switch (label.kind) {
    case 'name':
      return label.name
    case 'you':
      return t('authorYou')
    case 'team':
      return t(label.team === 'bull' ? 'authorTeamBull' : 'authorTeamBear')
    case 'anonymous':
    case 'none':
      return t('authorAnonymous')
  }
}

export function CardAuthor({ label }: { label: AuthorLabel }) {
  const { t } = useTranslation('drafting')
  const text = useAuthorText(label)
  switch (label.kind) {
    case 'none':
      return null
    case 'name':
      return (
        <span
          className={`card-author${label.hiddenFromOthers ? ' card-author-hidden' : ''}`}
          title={label.hiddenFromOthers ? t('authorHidden') : undefined}
          data-testid="card-author"
          data-author-kind={label.hiddenFromOthers ? 'hidden-name' : 'name'}
        >
          {t('authorByName', { name: text })}
        </span>
      )
    case 'you':
    case 'anonymous':
      return (
        <span className="card-author" data-testid="card-author" data-author-kind={label.kind}>
          {text}
        </span>
      )
    case 'team':
      return (
        <span
          className={`card-author card-author-team card-author-${label.team}`}
          data-testid="card-author"
          data-author-kind="team"
        >
          {text}
        </span>
      )
  }
}
