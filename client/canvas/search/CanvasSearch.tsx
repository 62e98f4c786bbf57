/** The canvas's search box, its result count, and the stance, team, author and article filters. */
import { useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card, Source, Stance } from '../../../shared/board/schema.ts'
import { filterChoices, type CardQuery } from './cardFilter.ts'
import type { CardSearch } from './useCardSearch.ts'

interface CanvasSearchProps {
  search: CardSearch
  cards: readonly Card[]
  sources: readonly Source[]
  /** Shows the card Enter went to. */
  onGoTo(id: string): void
}

export function CanvasSearch({ search, cards, sources, onGoTo }: CanvasSearchProps) {
  const { t } = useTranslation('canvas')
  const [showFilters, setShowFilters] = useState(false)
  const countId = useId()
  const { query, setQuery } = search
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      const id = search.next()
      if (id) onGoTo(id)
    } else if (event.key === 'Escape') setQuery({ query: '' })
  }
  return (
    <search className="canvas-search" data-testid="canvas-search">
      <div className="canvas-search-row">
        <input
          type="search"
          className="canvas-search-input"
          value={query.query}
          onChange={(event) => setQuery({ ...query, query: event.target.value })}
          onKeyDown={onKeyDown}
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchLabel')}
          aria-describedby={countId}
          title={t('searchHint')}
          data-testid="canvas-search-input"
        />
        <button
          type="button"
          className="button"
          aria-expanded={showFilters}
          onClick={() => setShowFilters(!showFilters)}
          data-testid="canvas-filters-toggle"
        >
          {t('filters')}
        </button>
      </div>
      <p id={countId} className="canvas-search-count" role="status" data-testid="canvas-search-count">
        {search.matches ? t('resultCount', { count: search.matches.length }) : ''}
      </p>
      {showFilters && <CanvasFilters query={query} setQuery={setQuery} cards={cards} sources={sources} />}
    </search>
  )
}

interface CanvasFiltersProps {
  query: CardQuery
  setQuery(query: CardQuery): void
  cards: readonly Card[]
  sources: readonly Source[]
}

function CanvasFilters({ query, setQuery, cards, sources }: CanvasFiltersProps) {
  const { t } = useTranslation('canvas')
  const { t: tApp } = useTranslation()
  const { teams, authors } = filterChoices(cards)
  const stances: [Stance, string][] = [
    ['bull', tApp('stance.bull')],
    ['bear', tApp('stance.bear')],
  ]
  const articles = sources.map((source): [string, string] => [source.id, source.title])
  return (
    <div className="canvas-filters" data-testid="canvas-filters">
      <FilterSelect
        label={t('filterStance')}
        name="stance"
        choices={stances}
        query={query}
        setQuery={setQuery}
      />
      {teams.length > 0 && (
        <FilterSelect label={t('filterTeam')} name="team" choices={teams} query={query} setQuery={setQuery} />
      )}
      <FilterSelect
        label={t('filterAuthor')}
        name="authorId"
        choices={authors}
        query={query}
        setQuery={setQuery}
      />
      {articles.length > 0 && (
        <FilterSelect
          label={t('filterArticle')}
          name="sourceId"
          choices={articles}
          query={query}
          setQuery={setQuery}
        />
      )}
      <button
        type="button"
        className="button"
        onClick={() => setQuery({ query: '' })}
        data-testid="canvas-search-clear"
      >
        {t('clearSearch')}
      </button>
    </div>
  )
}

interface FilterSelectProps {
  label: string
  name: 'stance' | 'team' | 'authorId' | 'sourceId'
  choices: readonly [string, string][]
  query: CardQuery
  setQuery(query: CardQuery): void
}

function FilterSelect({ label, name, choices, query, setQuery }: FilterSelectProps) {
  const { t } = useTranslation('canvas')
  return (
    <label className="canvas-filter">
      <span>{label}</span>
      <select
        value={query[name] ?? ''}
        onChange={(event) => setQuery({ ...query, [name]: event.target.value || undefined })}
        data-testid={`canvas-filter-${name}`}
      >
        <option value="">{t('filterAny')}</option>
        {choices.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
}
