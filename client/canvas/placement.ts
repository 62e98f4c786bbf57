/** Where a new card goes: the shared lane rule, pushed below any card of its column that has grown taller than the lane gap. */
import { columnOf, nextCardPosition } from '../../shared/board/lanes.ts'
import type { Card, Stance } from '../../shared/board/schema.ts'

export const CARD_MARGIN_Y = 24

/**
 * The position for a new card of `stance`. `heightOf` gives a card's rendered height when known;
 * the document stores no heights, so without it this is exactly `nextCardPosition`.
 */
export function placeNewCard(
  cards: readonly Card[],
  stance: Stance,
  heightOf: (id: string) => number | undefined,
): { x: number; y: number } {
  const position = nextCardPosition(cards, stance)
  const bottoms = cards
    .filter((card) => card.stance === stance && columnOf(stance, card.x) === columnOf(stance, position.x))
    .map((card) => card.y + (heightOf(card.id) ?? 0) + CARD_MARGIN_Y)
  return { x: position.x, y: Math.max(position.y, ...bottoms) }
}
