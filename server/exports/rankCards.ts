/** The order a side's cards are listed in by the brief: by the score the revealed votes gave them. */
import type { Card } from '../../shared/board/index.ts'
import type { VoteResults } from '../../shared/debate/voteResults.ts'

/** What a card scored: its revealed impact, or else its dots. */
export interface CardScore {
  kind: 'impact' | 'dot'
  value: number
  /** The impact ballots behind an impact score. */
  votes?: number
}

/**
 * Each card's score from the revealed votes: impact where an impact vote was revealed, else dots
 * where a dot vote was; none before any reveal. A card nobody scored in that vote scores 0.
 */
export function cardScores(results: VoteResults | undefined): ((cardId: string) => CardScore) | null {
  const impact = results?.impact
  if (impact)
    return (cardId) => {
      const tally = impact.cards[cardId]
      return { kind: 'impact', value: tally?.impact ?? 0, votes: tally?.votes ?? 0 }
    }
  const dot = results?.dot
  if (dot) return (cardId) => ({ kind: 'dot', value: dot.dots[cardId] ?? 0 })
  return null
}

/** Cards highest score first; equal scores (and every card before a reveal) oldest first, then by id. */
export function rankCards(
  cards: readonly Card[],
  score: ((cardId: string) => CardScore) | null = null,
): Card[] {
  const value = (card: Card) => score?.(card.id).value ?? 0
  return [...cards].sort(
    (a, b) => value(b) - value(a) || a.createdAt - b.createdAt || a.id.localeCompare(b.id),
  )
}
