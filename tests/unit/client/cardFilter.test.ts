/** CV4: the canvas search keeps the cards whose text or quote holds the query and that pass every filter. */
import { describe, expect, it } from 'vitest'
import type { Card } from '../../../shared/board/schema.ts'
import { toSimplified } from '../../../shared/sources/hanFolding.ts'
import {
  EMPTY_QUERY,
  filterChoices,
  matchesCard,
  matchingCards,
  nextMatch,
  type CardQuery,
} from '../../../client/canvas/search/cardFilter.ts'

function card(fields: Partial<Card> & { id: string }): Card {
  return {
    stance: 'bull',
    text: '',
    x: 0,
    y: 0,
    authorId: 'ann',
    authorName: 'Ann',
    createdAt: 1,
    ...fields,
  }
}

const quoted = (quote: string, sourceId = 's1') => ({
  excerpt: { sourceId, start: 0, end: quote.length, quote, prefix: '', suffix: '' },
})

const CASES: { rule: string; card: Card; query: CardQuery; matches: boolean }[] = [
  {
    rule: 'a blank query keeps every card',
    card: card({ id: 'a', text: 'x' }),
    query: EMPTY_QUERY,
    matches: true,
  },
  {
    rule: 'text holds the query',
    card: card({ id: 'a', text: 'Capex grows' }),
    query: { query: 'capex' },
    matches: true,
  },
  {
    rule: 'text lacks the query',
    card: card({ id: 'a', text: 'Capex grows' }),
    query: { query: 'margin' },
    matches: false,
  },
  {
    rule: 'the quote holds the query',
    card: card({ id: 'a', text: 'see', ...quoted('Gross margin fell') }),
    query: { query: 'MARGIN' },
    matches: true,
  },
  {
    rule: 'Traditional finds Simplified',
    card: card({ id: 'a', text: '数据中心的资本开支' }),
    query: { query: '資本開支' },
    matches: true,
  },
  {
    rule: 'Simplified finds Traditional in a quote',
    card: card({ id: 'a', ...quoted('納稅人埋單') }),
    query: { query: '纳税人' },
    matches: true,
  },
  {
    rule: 'full-width letters fold to half-width',
    card: card({ id: 'a', text: 'ＡＩ boom' }),
    query: { query: 'ai' },
    matches: true,
  },
  {
    rule: 'the stance filter keeps its stance',
    card: card({ id: 'a', stance: 'bear' }),
    query: { query: '', stance: 'bear' },
    matches: true,
  },
  {
    rule: 'the stance filter drops the other',
    card: card({ id: 'a', stance: 'bull' }),
    query: { query: '', stance: 'bear' },
    matches: false,
  },
  {
    rule: 'the team filter keeps its team',
    card: card({ id: 'a', team: 'Blue' }),
    query: { query: '', team: 'Blue' },
    matches: true,
  },
  {
    rule: 'the team filter drops a card of no team',
    card: card({ id: 'a' }),
    query: { query: '', team: 'Blue' },
    matches: false,
  },
  {
    rule: 'the author filter keeps its author',
    card: card({ id: 'a', authorId: 'bo' }),
    query: { query: '', authorId: 'bo' },
    matches: true,
  },
  {
    rule: 'the author filter drops another author',
    card: card({ id: 'a' }),
    query: { query: '', authorId: 'bo' },
    matches: false,
  },
  {
    rule: 'the article filter keeps a card quoting it',
    card: card({ id: 'a', ...quoted('q', 's2') }),
    query: { query: '', sourceId: 's2' },
    matches: true,
  },
  {
    rule: 'the article filter drops a card quoting nothing',
    card: card({ id: 'a' }),
    query: { query: '', sourceId: 's2' },
    matches: false,
  },
  {
    rule: 'text and filter must both hold',
    card: card({ id: 'a', text: 'capex', stance: 'bull' }),
    query: { query: 'capex', stance: 'bear' },
    matches: false,
  },
]

describe('CV4 canvas search and filters', () => {
  it.each(CASES)('CV4 $rule', ({ card: subject, query, matches }) => {
    expect(matchesCard(subject, query, toSimplified)).toBe(matches)
    // Asked twice (the folded text is cached per card), the answer stays.
    expect(matchesCard(subject, query, toSimplified)).toBe(matches)
  })

  it('CV4 lists matches in reading order, and none at all when nothing narrows the search', () => {
    const cards = [
      card({ id: 'low', text: 'ai', x: 0, y: 300 }),
      card({ id: 'other', text: 'no', x: 0, y: 100 }),
      card({ id: 'left', text: 'AI', x: -320, y: 500 }),
      card({ id: 'top', text: 'ai', x: 0, y: 80 }),
    ]
    expect(matchingCards(cards, { query: 'ai' }, toSimplified)).toEqual(['left', 'top', 'low'])
    expect(matchingCards(cards, { query: '  ' }, toSimplified)).toBeUndefined()
    expect(matchingCards(cards, { query: 'zzz' }, toSimplified)).toEqual([])
  })

  it('CV4 Enter goes to the next match, wrapping after the last', () => {
    expect(nextMatch(['a', 'b', 'c'], undefined)).toBe('a')
    expect(nextMatch(['a', 'b', 'c'], 'a')).toBe('b')
    expect(nextMatch(['a', 'b', 'c'], 'c')).toBe('a')
    expect(nextMatch(['a', 'b', 'c'], 'gone')).toBe('a')
    expect(nextMatch([], 'a')).toBeUndefined()
  })

  it('offers each team and author of the board once, by name', () => {
    const choices = filterChoices([
      card({ id: '1', authorId: 'z', authorName: 'Zoe', team: 'Red' }),
      card({ id: '2', authorId: 'a', authorName: 'Al', team: 'Blue' }),
      card({ id: '3', authorId: 'z', authorName: 'Zoe', team: 'Red' }),
    ])
    expect(choices.teams).toEqual([
      ['Blue', 'Blue'],
      ['Red', 'Red'],
    ])
    expect(choices.authors).toEqual([
      ['a', 'Al'],
      ['z', 'Zoe'],
    ])
  })
})
