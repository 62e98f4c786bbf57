/** The canvas search's state: the query and filters, the matching cards, and the match Enter went to. */
import { useMemo, useState } from 'react'
import type { Card } from '../../../shared/board/schema.ts'
import { useSimplifier } from '../../reader/useSimplifier.ts'
import { EMPTY_QUERY, isActiveQuery, matchingCards, nextMatch, type CardQuery } from './cardFilter.ts'

// Until OpenCC has loaded, the search folds case and width but not Traditional / Simplified.
const unchanged = (text: string) => text

export function useCardSearch(cards: readonly Card[]) {
  const [query, setQuery] = useState<CardQuery>(EMPTY_QUERY)
  const [current, setCurrent] = useState<string>()
  const toSimplified = useSimplifier(query.query.trim() !== '') ?? unchanged
  const matches = useMemo(() => matchingCards(cards, query, toSimplified), [cards, query, toSimplified])
  const matched = useMemo(() => (matches ? new Set(matches) : undefined), [matches])
  /** Steps to the next match and returns it, for the canvas to fly to. */
  const next = () => {
    const id = nextMatch(matches ?? [], current)
    setCurrent(id)
    return id
  }
  return { query, setQuery, matches, matched, active: isActiveQuery(query), next }
}

export type CardSearch = ReturnType<typeof useCardSearch>
