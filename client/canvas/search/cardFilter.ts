/**
 * Which cards a canvas search and its filters keep: the query in the card's text or quote (case,
 * full-width forms and Simplified / Traditional Chinese folded alike, as the article search does),
 * and each filter set to one stance, team, author or article. Pure: the canvas dims the rest.
 */
import type { Card, Stance } from '../../../shared/board/schema.ts'
import { foldForSearch, type ToSimplified } from '../../../shared/sources/searchText.ts'

/** One value per filter, or none for "any"; `query` blank for no text search. */
export interface CardQuery {
  query: string
  stance?: Stance
  team?: string
  authorId?: string
  sourceId?: string
}

export const EMPTY_QUERY: CardQuery = { query: '' }

/** Whether the query narrows anything: a blank query with no filter keeps every card undimmed. */
export function isActiveQuery(query: CardQuery): boolean {
  return (
    query.query.trim() !== '' ||
    query.stance !== undefined ||
    query.team !== undefined ||
    query.authorId !== undefined ||
    query.sourceId !== undefined
  )
}

// A card's searchable text, folded once per card object (cards are immutable snapshots).
const foldedTexts = new WeakMap<Card, { convert: ToSimplified; text: string }>()

function foldedTextOf(card: Card, toSimplified: ToSimplified): string {
  const cached = foldedTexts.get(card)
  if (cached?.convert === toSimplified) return cached.text
  const text = foldForSearch(`${card.text}\n${card.excerpt?.quote ?? ''}`, toSimplified)
  foldedTexts.set(card, { convert: toSimplified, text })
  return text
}

/** Whether `card` passes every filter of `query` and contains its text. */
export function matchesCard(card: Card, query: CardQuery, toSimplified: ToSimplified): boolean {
  if (query.stance !== undefined && card.stance !== query.stance) return false
  if (query.team !== undefined && card.team !== query.team) return false
  if (query.authorId !== undefined && card.authorId !== query.authorId) return false
  if (query.sourceId !== undefined && card.excerpt?.sourceId !== query.sourceId) return false
  const needle = foldForSearch(query.query.trim(), toSimplified)
  return needle === '' || foldedTextOf(card, toSimplified).includes(needle)
}

/**
 * The ids of the matching cards in reading order (lane by lane from the left, top to bottom), the
 * order Enter visits them in; undefined when the query is not active (nothing is dimmed).
 */
export function matchingCards(
  cards: readonly Card[],
  query: CardQuery,
  toSimplified: ToSimplified,
): string[] | undefined {
  if (!isActiveQuery(query)) return undefined
  return cards
    .filter((card) => matchesCard(card, query, toSimplified))
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .map((card) => card.id)
}

/** The match after `current` (the first when none or past the end), wrapping around. */
export function nextMatch(matches: readonly string[], current: string | undefined): string | undefined {
  if (matches.length === 0) return undefined
  const at = current === undefined ? -1 : matches.indexOf(current)
  return matches[(at + 1) % matches.length]
}

/** The distinct values a filter can take on this board, for its menu: [value, label], by label. */
export function filterChoices(cards: readonly Card[]) {
  const teams = new Set<string>()
  const authors = new Map<string, string>()
  for (const card of cards) {
    if (card.team) teams.add(card.team)
    authors.set(card.authorId, card.authorName)
  }
  const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1])
  return {
    teams: [...teams].map((team): [string, string] => [team, team]).sort(byLabel),
    authors: [...authors].sort(byLabel),
  }
}
