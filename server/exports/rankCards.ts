/** The order a side's cards are listed in by the brief: the one place a later step puts scores. */
import type { Card } from '../../shared/board/index.ts'

/** A side's cards, strongest first; until cards are scored, the oldest first (a stable tie by id). */
export function rankCards(cards: readonly Card[]): Card[] {
  return [...cards].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
}
