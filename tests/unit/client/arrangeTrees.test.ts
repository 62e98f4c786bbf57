/** CV5: Arrange lays argument trees out with dagre, each on its root's side, and the unlinked cards beyond them. */
import { describe, expect, it } from 'vitest'
import type { Card, Link } from '../../../shared/board/schema.ts'
import { CARD_GAP_Y, CARD_WIDTH, LANE_TOP, LANE_X, laneRows } from '../../../shared/board/lanes.ts'
import { arrangeBoard, argumentTrees, type CardMove } from '../../../client/canvas/arrange/arrangeTrees.ts'

let created = 0
function card(id: string, stance: Card['stance'], x = 0, y = 0): Card {
  return { id, stance, text: id, x, y, authorId: 'a', authorName: 'A', createdAt: created++ }
}
const link = (from: string, to: string, kind: Link['kind'] = 'supports'): Link => ({
  id: `${from}>${to}`,
  from,
  to,
  kind,
})
const HEIGHT = 150
const positions = (moves: CardMove[]) => new Map(moves.map((move) => [move.id, move]))

describe('CV5 Arrange', () => {
  it('CV5 groups linked cards into one tree per connected group, unlinked cards in none', () => {
    const cards = [card('root', 'bull'), card('kid', 'bull'), card('answer', 'bear'), card('alone', 'bear')]
    const trees = argumentTrees(cards, [link('kid', 'root'), link('answer', 'kid', 'rebuts')])
    expect(trees.map((tree) => tree.map((c) => c.id))).toEqual([['root', 'kid', 'answer']])
  })

  it('CV5 hangs each answer below the card it answers, the tree on its root card’s side', () => {
    const cards = [card('root', 'bear', 5000, 5000), card('pro', 'bear', 9, 9), card('con', 'bull', 1, 1)]
    const at = positions(
      arrangeBoard(cards, [link('pro', 'root'), link('con', 'root', 'rebuts')], () => HEIGHT),
    )
    const root = at.get('root')!
    expect(root.y).toBe(LANE_TOP)
    for (const answer of ['pro', 'con']) expect(at.get(answer)!.y).toBeGreaterThanOrEqual(root.y + HEIGHT)
    // A bear tree starts at the bear lane and grows rightward, so every card is right of the middle.
    for (const move of at.values()) expect(move.x).toBeGreaterThanOrEqual(LANE_X.bear)
  })

  it('CV5 sets bull trees leftward of the middle and no two trees overlap', () => {
    const cards = [card('a', 'bull'), card('a1', 'bull'), card('b', 'bull'), card('b1', 'bull')]
    const at = positions(arrangeBoard(cards, [link('a1', 'a'), link('b1', 'b')], () => HEIGHT))
    for (const move of at.values()) expect(move.x + CARD_WIDTH).toBeLessThanOrEqual(LANE_X.bull + CARD_WIDTH)
    const [a, b] = [at.get('a')!, at.get('b')!]
    expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(CARD_WIDTH)
  })

  it('CV5 puts the unlinked cards in columns beyond the trees, and leaves out cards already in place', () => {
    const cards = [card('r', 'bull'), card('k', 'bull'), card('free', 'bull')]
    const moves = arrangeBoard(cards, [link('k', 'r')], () => HEIGHT)
    const at = positions(moves)
    expect(at.get('free')!.x + CARD_WIDTH).toBeLessThanOrEqual(Math.min(at.get('r')!.x, at.get('k')!.x))
    const placed = cards.map((c) => ({ ...c, ...at.get(c.id) }))
    expect(arrangeBoard(placed, [link('k', 'r')], () => HEIGHT)).toEqual([])
  })

  it('CV5 stacks a big lane’s unlinked cards in columns as deep as new cards would fill (laneRows)', () => {
    const cards = Array.from({ length: 100 }, (_, i) => card(`c${i}`, 'bear'))
    const rows = new Set(
      arrangeBoard(cards, [], () => HEIGHT).map((move) => (move.y - LANE_TOP) / CARD_GAP_Y),
    )
    expect(rows.size).toBe(laneRows(100))
  })
})
