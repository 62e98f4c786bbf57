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

/** Cards in one column of a small lane before the next card starts a new column beside it. */
export const LANE_ROWS = 8
/** The horizontal distance between two columns of a lane. */
export const COLUMN_STEP = CARD_WIDTH + 40
/** Which way each lane grows sideways: bull to the left, bear to the right, so neither runs into the other. */
export const LANE_DIRECTION: Record<Stance, -1 | 1> = { bull: -1, bear: 1 }

/** The left edge of column `column` (0 nearest the middle) of a stance's lane. */
export function columnX(stance: Stance, column: number): number {
  return LANE_X[stance] + LANE_DIRECTION[stance] * column * COLUMN_STEP
}

/** The column a card at `x` belongs to: the nearest one, never inside the other lane. */
export function columnOf(stance: Stance, x: number): number {
  return Math.max(0, Math.round(((x - LANE_X[stance]) * LANE_DIRECTION[stance]) / COLUMN_STEP))
}

/** Width over height of a big board, both lanes side by side: about a screen's, so fit view and the minimap show its cards. */
const BOARD_ASPECT = 1.5

/**
 * Cards in one column of a lane of `count` cards: LANE_ROWS while the lane is small, then about
 * sqrt(count) so that columns deepen as they multiply. NOTE: with LANE_ROWS for ever, 5,000 cards
 * made a board 300 columns wide and 8 cards tall, a strip that neither fit view nor the minimap
 * could show. Two lanes of `columns` side by side over `rows` make the board BOARD_ASPECT wide when
 * 2 * columns * COLUMN_STEP = BOARD_ASPECT * rows * CARD_GAP_Y, with columns = count / rows.
 */
export function laneRows(count: number): number {
  const rows = Math.sqrt((count * 2 * COLUMN_STEP) / (BOARD_ASPECT * CARD_GAP_Y))
  return Math.max(LANE_ROWS, Math.ceil(rows))
}

/**
 * The position for a new card of `stance`: below the lowest card of the first column, from the
 * middle outward, that has room (laneRows of the lane with the new card in it); a lane grows
 * sideways and downward as a grid instead of one endless column or row.
 */
export function nextCardPosition(cards: readonly Pick<Card, 'stance' | 'x' | 'y'>[], stance: Stance) {
  const lowest = new Map<number, number>()
  let count = 0
  for (const card of cards) {
    if (card.stance !== stance) continue
    count++
    const column = columnOf(stance, card.x)
    lowest.set(column, Math.max(lowest.get(column) ?? -Infinity, card.y))
  }
  // The lowest y a column may hold before it counts as full.
  const columnBottom = LANE_TOP + (laneRows(count + 1) - 1) * CARD_GAP_Y
  for (let column = 0; ; column++) {
    const y = lowest.has(column) ? (lowest.get(column) as number) + CARD_GAP_Y : LANE_TOP
    if (y <= columnBottom || !lowest.has(column)) return { x: columnX(stance, column), y }
  }
}
