import { describe, expect, it } from 'vitest'
import type { Card, Link } from '../../../shared/board/schema.ts'
import { CARD_GAP_Y, LANE_X } from '../../../shared/board/lanes.ts'
import {
  applyViewChanges,
  EMPTY_VIEW_STATE,
  endDrag,
  settledMoves,
  toCardNodes,
  toLaneNodes,
  toLinkEdges,
} from '../../../client/canvas/toFlow.ts'
import { EMPTY_SELECTION, selectCards } from '../../../client/canvas/selection.ts'
import { CARD_MARGIN_Y, placeNewCard } from '../../../client/canvas/placement.ts'
import { TITLE_ZOOM } from '../../../client/cards/cardLook.ts'

const excerpt = { sourceId: 's1', start: 0, end: 4, quote: 'Some', prefix: '', suffix: ' text' }
const cards: Card[] = [
  {
    id: 'a',
    stance: 'bull',
    text: '',
    x: LANE_X.bull,
    y: 80,
    authorId: 'me',
    authorName: 'Me',
    createdAt: 1,
    excerpt,
  },
  {
    id: 'b',
    stance: 'bear',
    text: '',
    x: LANE_X.bear,
    y: 80,
    authorId: 'me',
    authorName: 'Me',
    createdAt: 2,
  },
  {
    id: 'c',
    stance: 'bear',
    text: '',
    x: LANE_X.bear,
    y: 280,
    authorId: 'me',
    authorName: 'Me',
    createdAt: 3,
  },
]
const sources = [
  { id: 's1', title: 'Article', language: 'en', text: 'Some text', addedBy: '', sha256: '', addedAt: 0 },
]

describe('toCardNodes', () => {
  it('maps each card to a card node at its position, with its source title and selection', () => {
    const nodes = toCardNodes(cards, sources, selectCards(['b']), EMPTY_VIEW_STATE)
    expect(nodes.map((n) => [n.id, n.type, n.position, n.selected])).toEqual([
      ['a', 'card', { x: 0, y: 80 }, false],
      ['b', 'card', { x: 420, y: 80 }, true],
      ['c', 'card', { x: 420, y: 280 }, false],
    ])
    expect(nodes[0]?.data.sourceTitle).toBe('Article')
    expect(nodes[1]?.data.sourceTitle).toBeUndefined()
  })

  it('shows a card being dragged at its dragged position, and at its stored one after the drag', () => {
    const dragging = applyViewChanges(EMPTY_VIEW_STATE, [
      { type: 'position', id: 'a', position: { x: 33, y: 44 }, dragging: true },
    ])
    expect(toCardNodes(cards, sources, EMPTY_SELECTION, dragging)[0]?.position).toEqual({ x: 33, y: 44 })
    expect(toCardNodes(cards, sources, EMPTY_SELECTION, endDrag(dragging, ['a']))[0]?.position).toEqual({
      x: 0,
      y: 80,
    })
  })

  it('leaves a keyboard nudge out of the view state, so the card shows where the document has it', () => {
    const nudge = [{ type: 'position', id: 'a', position: { x: 5, y: 80 }, dragging: false }] as const
    const view = applyViewChanges(EMPTY_VIEW_STATE, nudge)
    expect(view.dragging.size).toBe(0)
    expect(toCardNodes(cards, sources, EMPTY_SELECTION, view)[0]?.position).toEqual({ x: 0, y: 80 })
    expect(settledMoves(nudge)).toEqual([{ id: 'a', position: { x: 5, y: 80 } }])
  })

  it('ends the dragged position at the drop and hands the drop to the document', () => {
    const dragging = applyViewChanges(EMPTY_VIEW_STATE, [
      { type: 'position', id: 'a', position: { x: 33, y: 44 }, dragging: true },
    ])
    const drop = [{ type: 'position', id: 'a', position: { x: 40, y: 50 }, dragging: false }] as const
    expect(applyViewChanges(dragging, drop).dragging.size).toBe(0)
    expect(settledMoves(drop)).toEqual([{ id: 'a', position: { x: 40, y: 50 } }])
  })

  it('writes neither the steps of a drag in progress nor moves of a lane', () => {
    expect(
      settledMoves([
        { type: 'position', id: 'a', position: { x: 33, y: 44 }, dragging: true },
        { type: 'position', id: 'lane-bull', position: { x: 0, y: 0 }, dragging: false },
        { type: 'select', id: 'b', selected: true },
      ]),
    ).toEqual([])
  })

  it('keeps the sizes xyflow measured so that nodes stay visible', () => {
    const view = applyViewChanges(EMPTY_VIEW_STATE, [
      { type: 'dimensions', id: 'a', dimensions: { width: 280, height: 150 } },
    ])
    expect(toCardNodes(cards, sources, EMPTY_SELECTION, view)[0]?.measured).toEqual({
      width: 280,
      height: 150,
    })
    expect(applyViewChanges(view, [{ type: 'select', id: 'a', selected: true }])).toBe(view)
  })

  it("CV3 keeps no card size measured below TITLE_ZOOM, where the card is drawn as its title, but keeps a lane's", () => {
    const changes = [
      { type: 'dimensions', id: 'a', dimensions: { width: 280, height: 120 } },
      { type: 'dimensions', id: 'lane-bull', dimensions: { width: 400, height: 900 } },
    ] as const
    const far = applyViewChanges(EMPTY_VIEW_STATE, changes, TITLE_ZOOM - 0.01)
    expect([...far.measured.keys()]).toEqual(['lane-bull'])
    const near = applyViewChanges(EMPTY_VIEW_STATE, changes, TITLE_ZOOM)
    expect([...near.measured.keys()]).toEqual(['a', 'lane-bull'])
  })
})

describe('toLaneNodes', () => {
  it('puts one lane behind each stance column, tall enough for the lowest card', () => {
    const lanes = toLaneNodes([...cards, { ...cards[2]!, id: 'd', y: 2_000 }], EMPTY_VIEW_STATE)
    expect(lanes.map((lane) => lane.id)).toEqual(['lane-bull', 'lane-bear'])
    expect(lanes[1]!.position.x).toBeLessThan(LANE_X.bear)
    expect(lanes.every((lane) => (lane.height ?? 0) > 2_000 && lane.selectable === false)).toBe(true)
  })
})

describe('toLinkEdges', () => {
  const links: Link[] = [
    { id: 'l1', from: 'a', to: 'b', kind: 'supports' },
    { id: 'l2', from: 'b', to: 'a', kind: 'rebuts' },
    { id: 'l3', from: 'b', to: 'c', kind: 'supports' },
  ]

  it('maps links to link edges with their kind, joining facing sides across lanes', () => {
    const edges = toLinkEdges(links, cards, { cards: new Set(), links: new Set(['l2']) })
    expect(edges.map((e) => [e.id, e.type, e.source, e.target, e.data?.kind, e.selected])).toEqual([
      ['l1', 'link', 'a', 'b', 'supports', false],
      ['l2', 'link', 'b', 'a', 'rebuts', true],
      ['l3', 'link', 'b', 'c', 'supports', false],
    ])
    expect([edges[0]?.sourceHandle, edges[0]?.targetHandle]).toEqual(['right', 'left'])
    expect([edges[1]?.sourceHandle, edges[1]?.targetHandle]).toEqual(['left', 'right'])
    expect([edges[2]?.sourceHandle, edges[2]?.targetHandle]).toEqual(['right', 'right'])
  })
})

describe('placeNewCard', () => {
  it('follows the lane rule when cards are short, and goes below a card that grew taller', () => {
    expect(placeNewCard(cards, 'bear', () => undefined)).toEqual({ x: LANE_X.bear, y: 280 + CARD_GAP_Y })
    expect(placeNewCard(cards, 'bear', (id) => (id === 'c' ? 400 : 100))).toEqual({
      x: LANE_X.bear,
      y: 280 + 400 + CARD_MARGIN_Y,
    })
    expect(placeNewCard([], 'bull', () => 500)).toEqual({ x: LANE_X.bull, y: 80 })
  })
})
