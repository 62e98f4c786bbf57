/** Where a new card goes: its stance's lane, below that lane's lowest card. */
import { describe, expect, it } from 'vitest'
import {
  CARD_GAP_Y,
  CARD_WIDTH,
  COLUMN_STEP,
  LANE_DIRECTION,
  LANE_ROWS,
  LANE_TOP,
  LANE_X,
  laneRows,
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
  /** `columns` full columns of LANE_ROWS cards, from the middle of `stance`'s lane outward. */
  const fullColumns = (stance: Stance, columns: number): Placed[] =>
    Array.from({ length: columns }, (_, column) =>
      fullColumn(stance, LANE_X[stance] + LANE_DIRECTION[stance] * column * COLUMN_STEP),
    ).flat()
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
    {
      name: 'CV2 a lane of 64 cards in columns of 8 has outgrown them: its first column takes the next card',
      cards: fullColumns('bear', 8),
      stance: 'bear',
      expected: { x: LANE_X.bear, y: LANE_TOP + LANE_ROWS * CARD_GAP_Y },
    },
    {
      name: 'CV2 a lane of 32 cards in columns of 8 still starts a new column',
      cards: fullColumns('bull', 4),
      stance: 'bull',
      expected: { x: LANE_X.bull - 4 * COLUMN_STEP, y: LANE_TOP },
    },
  )

  for (const { name, cards, stance, expected } of cases)
    it(name, () => {
      expect(nextCardPosition(cards, stance)).toEqual(expected)
    })

  it('CV2 fills a big board, card by card, as a landscape grid rather than a strip', () => {
    const cards: Placed[] = []
    for (let i = 0; i < 1_000; i++) {
      const stance = i % 2 === 0 ? 'bull' : 'bear'
      cards.push({ stance, ...nextCardPosition(cards, stance) })
    }
    const xs = cards.map((card) => card.x)
    const ys = cards.map((card) => card.y)
    const width = Math.max(...xs) + CARD_WIDTH - Math.min(...xs)
    const height = Math.max(...ys) + CARD_GAP_Y - Math.min(...ys)
    expect(width / height).toBeGreaterThan(1)
    expect(width / height).toBeLessThan(2.5)
  })

  it('places the bear lane clear of a full-width bull card', () => {
    expect(LANE_X.bear - LANE_X.bull).toBeGreaterThanOrEqual(CARD_WIDTH)
  })
})

describe('laneRows', () => {
  // Small lanes keep columns of LANE_ROWS; from about 40 cards columns deepen as about 1.3 sqrt(count).
  const cases: [count: number, rows: number][] = [
    [0, LANE_ROWS],
    [1, LANE_ROWS],
    [39, LANE_ROWS],
    [40, 9],
    [65, 11],
    [100, 13],
    [2_500, 65],
    [10_000, 129],
  ]
  for (const [count, rows] of cases)
    it(`CV2 a lane of ${count} cards has columns of ${rows}`, () => {
      expect(laneRows(count)).toBe(rows)
    })
})
