/**
 * Search in the shown article (SPEC SR7): CJK-aware, Simplified and Traditional alike (OpenCC, loaded
 * on first use so that the dictionaries stay out of the main bundle). Enter goes to the next match,
 * Shift+Enter to the previous one.
 */
import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { findMatches, type TextMatch } from '../../shared/sources/searchText.ts'
import { useSimplifier } from './useSimplifier.ts'

export interface ArticleSearchProps {
  text: string
  onReveal(match: TextMatch): void
  /** Every match and the index of the current one (-1 for none), to paint them. */
  onMatches(matches: TextMatch[], current: number): void
}

export function ArticleSearch({ text, onReveal, onMatches }: ArticleSearchProps) {
  const { t } = useTranslation('sources')
  const id = useId()
  const [query, setQuery] = useState('')
  const [index, setIndex] = useState(0)
  const toSimplified = useSimplifier(query !== '')
  const matches = useMemo(
    () => (toSimplified && query.trim() ? findMatches(text, query, toSimplified) : []),
    [text, query, toSimplified],
  )
  const current = matches.length === 0 ? -1 : Math.min(index, matches.length - 1)
  const match = matches[current]

  useEffect(() => {
    onMatches(matches, current)
    if (match) onReveal(match)
  }, [matches, current, match, onMatches, onReveal])

  const step = (by: number) => {
    if (matches.length > 0) setIndex((current + by + matches.length) % matches.length)
  }
  return (
    <div className="article-search" role="search">
      <label htmlFor={id} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t('searchPlaceholder')}
        onChange={(event) => {
          setQuery(event.target.value)
          setIndex(0)
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
          event.preventDefault()
          step(event.shiftKey ? -1 : 1)
        }}
        data-testid="article-search"
      />
      {query.trim() && (
        <span className="article-search-count" aria-live="polite" data-testid="article-search-count">
          {matches.length === 0
            ? t('searchNone')
            : t('searchCount', { index: current + 1, count: matches.length })}
        </span>
      )}
      {matches.length > 1 && (
        <>
          <button
            type="button"
            className="icon-button"
            aria-label={t('searchPrevious')}
            onClick={() => step(-1)}
          >
            ↑
          </button>
          <button type="button" className="icon-button" aria-label={t('searchNext')} onClick={() => step(1)}>
            ↓
          </button>
        </>
      )}
    </div>
  )
}
