/** Where a new card goes: its stance's lane, below that lane's lowest card. */
import { describe, expect, it } from 'vitest'
import {
  CARD_GAP_Y,
  CARD_WIDTH,
  COLUMN_STEP,
  LANE_ROWS,
  LANE_TOP,
  LANE_X,
  nextCardPosition,
} from '../../../shared/board/lanes.ts'
import type { Card, Stance } from '../../../shared/board/schema.ts'

type Placed = Pick<Card, 'stance' | 'x' | 'y'>

describe('nextCardPosition', () => {
  const cases: { name: string; cards: Placed[]; stance: Stance; expected: { x: number; y: number } }[] = [
    {
      name: 'puts the first bull card at the top of the bull lane',
      cards: [],
      stance: 'bull',
      expected: { x: LANE_X.bull, y: LANE_TOP },
    },
    {
      name: 'puts the first bear card at the top of the bear lane',
      cards: [],
      stance: 'bear',
      expected: { x: LANE_X.bear, y: LANE_TOP },
    },
    {
      name: 'ignores the cards of the other stance',
      cards: [{ stance: 'bear', x: LANE_X.bear, y: 900 }],
      stance: 'bull',
      expected: { x: LANE_X.bull, y: LANE_TOP },
    },
    {
      name: 'goes below the lowest card of the same stance, not the last one',
      cards: [
        { stance: 'bull', x: LANE_X.bull, y: 600 },
        { stance: 'bull', x: LANE_X.bull, y: 80 },
        { stance: 'bear', x: LANE_X.bear, y: 5_000 },
      ],
      stance: 'bull',
      expected: { x: LANE_X.bull, y: 600 + CARD_GAP_Y },
    },
    {
      name: 'goes below a card dragged above the lane top',
      cards: [{ stance: 'bear', x: LANE_X.bear, y: -500 }],
      stance: 'bear',
      expected: { x: LANE_X.bear, y: -500 + CARD_GAP_Y },
    },
  ]

  /** A full first column of `stance`: LANE_ROWS cards one below the other. */
  const fullColumn = (stance: Stance, x = LANE_X[stance]): Placed[] =>
    Array.from({ length: LANE_ROWS }, (_, row) => ({ stance, x, y: LANE_TOP + row * CARD_GAP_Y }))
  cases.push(
    {
      name: 'CV2 a full bull column starts a new column to its left',
      cards: fullColumn('bull'),
      stance: 'bull',
      expected: { x: LANE_X.bull - COLUMN_STEP, y: LANE_TOP },
    },
    {
      name: 'CV2 a full bear column starts a new column to its right',
      cards: fullColumn('bear'),
      stance: 'bear',
      expected: { x: LANE_X.bear + COLUMN_STEP, y: LANE_TOP },
    },
    {
      name: 'CV2 a column with room takes the card below its lowest one',
      cards: [...fullColumn('bull'), { stance: 'bull', x: LANE_X.bull - COLUMN_STEP, y: LANE_TOP }],
      stance: 'bull',
      expected: { x: LANE_X.bull - COLUMN_STEP, y: LANE_TOP + CARD_GAP_Y },
    },
    {
      name: 'CV2 a card dragged a little aside still counts for its nearest column',
      cards: fullColumn('bear', LANE_X.bear + 50),
      stance: 'bear',
      expected: { x: LANE_X.bear + COLUMN_STEP, y: LANE_TOP },
    },
    {
      name: 'CV2 a bull card dragged into the bear side fills the first bull column',
      cards: [{ stance: 'bull', x: LANE_X.bear + 2 * COLUMN_STEP, y: 300 }],
      stance: 'bull',
      expected: { x: LANE_X.bull, y: 300 + CARD_GAP_Y },
    },
  )

  for (const { name, cards, stance, expected } of cases)
    it(name, () => {
      expect(nextCardPosition(cards, stance)).toEqual(expected)
    })

  it('places the bear lane clear of a full-width bull card', () => {
    expect(LANE_X.bear - LANE_X.bull).toBeGreaterThanOrEqual(CARD_WIDTH)
  })
})
