/** Where a new card goes: its stance's lane, below that lane's lowest card. */
import { describe, expect, it } from 'vitest'
import { CARD_GAP_Y, CARD_WIDTH, LANE_TOP, LANE_X, nextCardPosition } from '../../../shared/board/lanes.ts'
import type { Card, Stance } from '../../../shared/board/schema.ts'

type Placed = Pick<Card, 'stance' | 'y'>

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
      cards: [{ stance: 'bear', y: 900 }],
      stance: 'bull',
      expected: { x: LANE_X.bull, y: LANE_TOP },
    },
    {
      name: 'goes below the lowest card of the same stance, not the last one',
      cards: [
        { stance: 'bull', y: 600 },
        { stance: 'bull', y: 80 },
        { stance: 'bear', y: 5_000 },
      ],
      stance: 'bull',
      expected: { x: LANE_X.bull, y: 600 + CARD_GAP_Y },
    },
    {
      name: 'goes below a card dragged above the lane top',
      cards: [{ stance: 'bear', y: -500 }],
      stance: 'bear',
      expected: { x: LANE_X.bear, y: -500 + CARD_GAP_Y },
    },
  ]

  for (const { name, cards, stance, expected } of cases)
    it(name, () => {
      expect(nextCardPosition(cards, stance)).toEqual(expected)
    })

  it('places the bear lane clear of a full-width bull card', () => {
    expect(LANE_X.bear - LANE_X.bull).toBeGreaterThanOrEqual(CARD_WIDTH)
  })
})
