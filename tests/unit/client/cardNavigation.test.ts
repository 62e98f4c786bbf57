import { describe, expect, it } from 'vitest'
import {
  cardInDirection,
  Direction,
  readingOrder,
  tabStopAmong,
  viewToFocus,
  type CardBox,
} from '../../../client/canvas/cardNavigation.ts'

const box = (id: string, x: number, y: number, height = 150): CardBox => ({ id, x, y, width: 320, height })

/** Two lanes as the board lays them out: bull at x 0, bear at x 480, the bear lane a little lower. */
const LANES = [
  box('bull1', 0, 0),
  box('bull2', 0, 180, 200),
  box('bull3', 0, 420),
  box('bear1', 480, 20),
  box('bear2', 480, 200),
]

const OPPOSITE = { up: 'down', down: 'up', left: 'right', right: 'left' } as const

describe('moving the focus between cards with the arrow keys', () => {
  it.each([
    ['bull1', Direction.Down, 'bull2'],
    ['bull2', Direction.Down, 'bull3'],
    ['bull2', Direction.Up, 'bull1'],
    ['bull1', Direction.Right, 'bear1'],
    ['bull2', Direction.Right, 'bear2'],
    ['bear2', Direction.Left, 'bull2'],
    ['bear1', Direction.Down, 'bear2'],
  ])('goes from %s %s to %s, and back the other way', (from, direction, to) => {
    expect(cardInDirection(LANES, from, direction)).toBe(to)
    expect(cardInDirection(LANES, to, OPPOSITE[direction])).toBe(from)
  })

  it.each([
    ['bull1', Direction.Up],
    ['bull1', Direction.Left],
    ['bear1', Direction.Right],
    ['bull3', Direction.Down],
  ])('stays put at the edge: nothing lies %2$s of %1$s', (from, direction) => {
    expect(cardInDirection(LANES, from, direction)).toBeUndefined()
  })

  it('keeps Down in the lane even when the other lane has a card just a little lower', () => {
    const boxes = [box('a', 0, 0), box('b', 0, 400), box('c', 480, 10)]
    expect(cardInDirection(boxes, 'a', Direction.Down)).toBe('b')
  })

  it('takes the nearer of two overlapping cards', () => {
    const boxes = [box('a', 0, 0), box('far', 0, 100), box('near', 0, 40)]
    expect(cardInDirection(boxes, 'a', Direction.Down)).toBe('near')
    expect(cardInDirection(boxes, 'near', Direction.Down)).toBe('far')
  })

  it('has nowhere to go from a card that is not on the board', () => {
    expect(cardInDirection(LANES, 'gone', Direction.Down)).toBeUndefined()
  })
})

describe('the reading order of cards', () => {
  it('reads top to bottom, and a row left to right even when the right card sits a little higher', () => {
    expect(readingOrder(LANES)).toEqual(['bull1', 'bear1', 'bull2', 'bear2', 'bull3'])
    expect(readingOrder([box('right', 480, 0), box('left', 0, 10)])).toEqual(['left', 'right'])
  })

  it('does not depend on the order the cards come in', () => {
    expect(readingOrder([...LANES].reverse())).toEqual(readingOrder(LANES))
  })
})

describe('the canvas’s one tab stop', () => {
  it('stays on the card that last had the focus', () => {
    expect(tabStopAmong(LANES, 'bear2')).toBe('bear2')
  })

  it('goes to the first card to read when none had the focus, or when that card was deleted', () => {
    expect(tabStopAmong(LANES, undefined)).toBe('bull1')
    expect(tabStopAmong(LANES, 'deleted')).toBe('bull1')
  })

  it('is nowhere on an empty board', () => {
    expect(tabStopAmong([], 'bull1')).toBeUndefined()
  })
})

describe('the view a card needs to take the focus', () => {
  const card = box('card', 1000, 500, 200)
  const pane = { width: 1200, height: 800 }
  it.each([
    ['on screen at a readable zoom: the view stays', { x: -800, y: -300, zoom: 1 }, undefined],
    ['off screen: centred at the same zoom', { x: 0, y: 0, zoom: 1 }, { x: 1160, y: 600, zoom: 1 }],
    [
      'on screen as a title (0.4): zoomed in to 0.45',
      { x: 0, y: 0, zoom: 0.4 },
      { x: 1160, y: 600, zoom: 0.45 },
    ],
    [
      'in the overview (0.05): zoomed in to 0.45',
      { x: 0, y: 0, zoom: 0.05 },
      { x: 1160, y: 600, zoom: 0.45 },
    ],
  ])('[CV10] %s', (_case, viewport, expected) => {
    expect(viewToFocus(card, viewport, pane, 0.45)).toEqual(expected)
  })
})
