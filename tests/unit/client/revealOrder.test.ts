/** CV9: a big board reaches the canvas nearest the first view first, the rest chunk by chunk. */
import { describe, expect, it } from 'vitest'
import { revealedCards, revealedLinks, revealOrder } from '../../../client/canvas/reveal/revealOrder.ts'
import type { Link } from '../../../shared/board/schema.ts'

/** Cards on a grid of `columns` x `rows`, 400 apart across and 300 down, ids `c<column>-<row>`. */
function grid(columns: number, rows: number) {
  return Array.from({ length: columns * rows }, (_, i) => {
    const column = i % columns
    const row = Math.floor(i / columns)
    return { id: `c${column}-${row}`, x: column * 400, y: row * 300 }
  })
}

const link = (from: string, to: string): Link => ({ id: `${from}>${to}`, from, to, kind: 'supports' })

describe('CV9 the order a big board is revealed in', () => {
  it.each([
    ['the middle card of a 3 x 3 grid comes first', grid(3, 3), 'c1-1'],
    ['the middle column of one row comes first', grid(5, 1), 'c2-0'],
    ['the middle row of one column comes first', grid(1, 5), 'c0-2'],
  ])('CV9 %s', (_name, cards, first) => {
    const order = revealOrder(cards)
    expect(order[0]).toBe(first)
    expect([...order].sort()).toEqual(cards.map((card) => card.id).sort())
  })

  it('CV9 reveals in rings of the screen: farther across than down before the next row down', () => {
    // From the middle (1200, 300): 400 across is nearer than 300 down on a wide screen.
    const order = revealOrder(grid(7, 3))
    expect(order.slice(0, 3)).toEqual(['c3-1', 'c2-1', 'c4-1'])
    expect(order.indexOf('c3-0')).toBeGreaterThan(order.indexOf('c4-1'))
    expect(order.indexOf('c3-0')).toBeLessThan(order.indexOf('c1-1'))
  })

  it('CV9 keeps the order of equally near cards, whichever way round they come', () => {
    const cards = [
      { id: 'left', x: 0, y: 0 },
      { id: 'right', x: 800, y: 0 },
    ]
    expect(revealOrder(cards)).toEqual(['left', 'right'])
    expect(revealOrder([...cards].reverse())).toEqual(['right', 'left'])
    expect(revealOrder([])).toEqual([])
  })

  it('CV9 shows the first ids of the order, cards made later at once, and the very list once all are shown', () => {
    const cards = [...grid(3, 1), { id: 'new', x: 5000, y: 5000 }]
    const order = revealOrder(grid(3, 1))
    expect(revealedCards(cards, order, 0).map((card) => card.id)).toEqual(['new'])
    expect(revealedCards(cards, order, 1).map((card) => card.id)).toEqual(['c1-0', 'new'])
    expect(revealedCards(cards, order, 2).map((card) => card.id)).toEqual(['c0-0', 'c1-0', 'new'])
    expect(revealedCards(cards, order, 3)).toBe(cards)
    expect(revealedCards(cards, order, 4)).toBe(cards)
  })

  it('CV9 draws a link once both its cards are shown, and the very list once every card is', () => {
    const cards = grid(3, 1)
    const links = [link('c1-0', 'c0-0'), link('c0-0', 'c2-0'), link('c2-0', 'c1-0')]
    const order = revealOrder(cards)
    const two = revealedCards(cards, order, 2)
    expect(revealedLinks(links, cards, two).map((each) => each.id)).toEqual(['c1-0>c0-0'])
    expect(revealedLinks(links, cards, revealedCards(cards, order, 1))).toEqual([])
    expect(revealedLinks(links, cards, revealedCards(cards, order, 3))).toBe(links)
  })
})
