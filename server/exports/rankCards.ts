/** The order a side's cards are listed in by the brief: by the score the revealed votes gave them. */
import type { Card } from '../../shared/board/index.ts'
import { cardScores as revealedScores, ScoreBasis } from '../../shared/debate/scoreboard.ts'
import type { VoteResults } from '../../shared/debate/voteResults.ts'

/** What a card scored: its revealed impact, or else its dots. */
export interface CardScore {
  kind: ScoreBasis
  value: number
  /** The impact ballots behind an impact score. */
  votes?: number
}

/**
 * Each card's score from the revealed votes, by the scoreboard's rule (impact where an impact vote was
 * revealed, else dots); none before any reveal. A card nobody scored in that vote scores 0.
 */
export function cardScores(results: VoteResults | undefined): ((cardId: string) => CardScore) | null {
  const { basis, scores } = revealedScores(results ?? {})
  if (basis === null) return null
  const impact = results?.impact?.cards
  return (cardId) => ({
    kind: basis,
    value: scores.get(cardId) ?? 0,
    ...(basis === ScoreBasis.Impact ? { votes: impact?.[cardId]?.votes ?? 0 } : {}),
  })
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
