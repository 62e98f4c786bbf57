/** Where the bull and bear lanes sit on the canvas, and where a new card goes in its lane. */
import type { Card, Stance } from './schema.ts'

/** A card's default width on the canvas. */
export const CARD_WIDTH = 280
/** The vertical distance between cards placed one below the other. */
export const CARD_GAP_Y = 260
/** Where the first card of a lane goes. */
export const LANE_TOP = 80

/** The left edge of each stance's lane on the canvas. */
export const LANE_X: Record<Stance, number> = { bull: 0, bear: 420 }

/** The position for a new card of `stance`: below the lowest card already in that lane. */
export function nextCardPosition(cards: readonly Pick<Card, 'stance' | 'y'>[], stance: Stance) {
  const ys = cards.filter((card) => card.stance === stance).map((card) => card.y)
  const y = ys.length === 0 ? LANE_TOP : Math.max(...ys) + CARD_GAP_Y
  return { x: LANE_X[stance], y }
}
