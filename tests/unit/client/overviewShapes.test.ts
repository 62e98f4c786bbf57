/** CV8: the overview draws each stance's cards and each kind's links as one path. */
import { describe, expect, it } from 'vitest'
import type { Card, Link } from '../../../shared/board/schema.ts'
import { CARD_WIDTH } from '../../../shared/board/lanes.ts'
import { CARD_ESTIMATED_HEIGHT } from '../../../client/canvas/toFlow.ts'
import { overviewShapes } from '../../../client/canvas/overview/overviewShapes.ts'

const card = (id: string, stance: Card['stance'], x: number, y: number): Card => ({
  id,
  stance,
  text: id,
  x,
  y,
  authorId: 'a',
  authorName: 'A',
  createdAt: 0,
})

describe('CV8 overview shapes', () => {
  const cards = [card('a', 'bull', 0, 80), card('b', 'bear', 420, 80), card('c', 'bear', 740, 340)]
  const links: Link[] = [
    { id: 'l1', from: 'b', to: 'a', kind: 'rebuts' },
    { id: 'l2', from: 'c', to: 'b', kind: 'supports' },
    { id: 'l3', from: 'gone', to: 'b', kind: 'supports' },
    { id: 'l4', from: 'a', to: 'gone', kind: 'rebuts' },
  ]
  const shapes = overviewShapes(cards, links)
  const h = CARD_ESTIMATED_HEIGHT

  it('CV8 draws the cards of each stance in its own path', () => {
    expect(shapes.cards.bull).toBe(`M0 80h${CARD_WIDTH}v${h}h-${CARD_WIDTH}z`)
    expect(shapes.cards.bear.match(/M/g)).toHaveLength(2)
  })

  it('CV8 draws each link centre to centre by kind, leaving out a link to a missing card', () => {
    const centre = (x: number, y: number) => `${x + CARD_WIDTH / 2} ${y + h / 2}`
    expect(shapes.links.rebuts).toBe(`M${centre(420, 80)}L${centre(0, 80)}`)
    expect(shapes.links.supports).toBe(`M${centre(740, 340)}L${centre(420, 80)}`)
  })

  it('CV8 bounds hold every card', () => {
    expect(shapes.bounds).toEqual({ x: 0, y: 80, width: 740 + CARD_WIDTH, height: 260 + h })
  })
})
