/**
 * The board map's geometry, pure: what part of the canvas it shows, the cards as one SVG path per
 * colour, and which canvas point a point of the map stands for.
 */

import { CARD_WIDTH } from '../../../shared/board/lanes.ts'
import type { Card, Stance } from '../../../shared/board/schema.ts'
import { CARD_ESTIMATED_HEIGHT } from '../toFlow.ts'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** The map's size on screen, as React Flow's own minimap. */
export const MINIMAP_SIZE = { width: 200, height: 150 }
/** Space around what the map shows, in map pixels. */
const MINIMAP_MARGIN = 5

/** A card's rectangle on the canvas, with the height it is estimated to have. */
export const cardRect = (card: Pick<Card, 'x' | 'y' | 'width'>): Rect => ({
  x: card.x,
  y: card.y,
  width: card.width ?? CARD_WIDTH,
  height: CARD_ESTIMATED_HEIGHT,
})

/** The smallest rectangle holding every one of `rects`; undefined for none. */
export function boundsOf(rects: Iterable<Rect>): Rect | undefined {
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const rect of rects) {
    left = Math.min(left, rect.x)
    top = Math.min(top, rect.y)
    right = Math.max(right, rect.x + rect.width)
    bottom = Math.max(bottom, rect.y + rect.height)
  }
  return left === Infinity ? undefined : { x: left, y: top, width: right - left, height: bottom - top }
}

/** The part of the canvas the viewport shows, from React Flow's transform [x, y, zoom] and pane size. */
export function viewportRect(
  [x, y, zoom]: readonly [number, number, number],
  pane: { width: number; height: number },
): Rect {
  return { x: -x / zoom, y: -y / zoom, width: pane.width / zoom, height: pane.height / zoom }
}

/**
 * The canvas rectangle the map shows (its SVG viewBox, in the map's proportions): the board and the
 * viewport together, centred, a margin around; `scale` is canvas units per map pixel.
 */
export function mapView(
  board: Rect | undefined,
  viewport: Rect,
  size = MINIMAP_SIZE,
): Rect & { scale: number } {
  const shown = board ? (boundsOf([board, viewport]) as Rect) : viewport
  const scale = Math.max(
    shown.width / (size.width - 2 * MINIMAP_MARGIN),
    shown.height / (size.height - 2 * MINIMAP_MARGIN),
  )
  const width = scale * size.width
  const height = scale * size.height
  return {
    x: shown.x - (width - shown.width) / 2,
    y: shown.y - (height - shown.height) / 2,
    width,
    height,
    scale,
  }
}

/** One SVG path drawing every rectangle: thousands of cards are one element, not thousands. */
export function rectsPath(rects: Iterable<Rect>): string {
  const parts: string[] = []
  for (const { x, y, width, height } of rects)
    parts.push(
      `M${Math.round(x)} ${Math.round(y)}h${Math.round(width)}v${Math.round(height)}h${-Math.round(width)}z`,
    )
  return parts.join('')
}

/** Each stance's cards as one path, and the cards' bounds: what the map and the overview both draw. */
export interface CardShapes {
  bounds: Rect | undefined
  paths: Record<Stance, string>
}

/** The shapes of the last cards lists drawn: the map and the overview draw the same 5,000 cards. */
const shapesByCards = new WeakMap<readonly Card[], CardShapes>()

/** `cards` as one path per stance, and their bounds; built once per cards list, whoever asks. */
export function cardShapes(cards: readonly Card[]): CardShapes {
  const known = shapesByCards.get(cards)
  if (known) return known
  const rects = cards.map(cardRect)
  const ofStance = (stance: Stance) => rectsPath(rects.filter((_, i) => cards[i]!.stance === stance))
  const shapes = { bounds: boundsOf(rects), paths: { bull: ofStance('bull'), bear: ofStance('bear') } }
  shapesByCards.set(cards, shapes)
  return shapes
}

/** The canvas point under `point` (map pixels from its top-left corner). */
export function toCanvasPoint(view: Rect & { scale: number }, point: { x: number; y: number }) {
  return { x: view.x + point.x * view.scale, y: view.y + point.y * view.scale }
}
