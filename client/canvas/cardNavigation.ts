/**
 * Moving the keyboard focus between cards: the nearest card in an arrow's direction, and the reading
 * order (top to bottom, then left to right) that decides the first card and Home / End.
 */

/** A card's box on the canvas, in flow coordinates. */
export interface CardBox {
  id: string
  x: number
  y: number
  width: number
  height: number
}

export const Direction = { Up: 'up', Down: 'down', Left: 'left', Right: 'right' } as const
export type Direction = (typeof Direction)[keyof typeof Direction]

/** The arrow keys, by `KeyboardEvent.key`. */
export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowUp: Direction.Up,
  ArrowDown: Direction.Down,
  ArrowLeft: Direction.Left,
  ArrowRight: Direction.Right,
}

/** Cards whose tops are this close count as one row, so a lane a few pixels lower does not come first. */
const ROW_TOLERANCE = 24
/** How much a sideways offset counts against a candidate, relative to distance in the arrow's direction. */
const OFF_AXIS_WEIGHT = 2
const CENTRE_WEIGHT = 0.01

/** The card ids top to bottom, and left to right within a row. */
export function readingOrder(boxes: readonly CardBox[]): string[] {
  return [...boxes]
    .sort((a, b) => (Math.abs(a.y - b.y) <= ROW_TOLERANCE ? a.x - b.x : a.y - b.y) || a.x - b.x)
    .map((box) => box.id)
}

/** Which card holds the canvas's one tab stop: the current one while it exists, else the first to read. */
export function tabStopAmong(boxes: readonly CardBox[], current: string | undefined): string | undefined {
  if (current !== undefined && boxes.some((box) => box.id === current)) return current
  return readingOrder(boxes)[0]
}

/**
 * The card an arrow key leads to from `fromId`: among the cards whose centre lies in that direction,
 * the one nearest along the arrow, sideways offset weighing double (so Down stays in the lane and
 * Right crosses to the card at the same height). Undefined when nothing lies that way.
 */
export function cardInDirection(
  boxes: readonly CardBox[],
  fromId: string,
  direction: Direction,
): string | undefined {
  const from = boxes.find((box) => box.id === fromId)
  if (!from) return undefined
  let best: { id: string; score: number } | undefined
  for (const box of boxes) {
    if (box.id === fromId) continue
    const score = scoreOf(from, box, direction)
    if (score !== undefined && (!best || score < best.score)) best = { id: box.id, score }
  }
  return best?.id
}

/**
 * How far `to` is from `from` going `direction` (edge to edge, so a taller neighbour in the next lane
 * does not beat the next card down the same lane), or undefined when it does not lie that way.
 */
function scoreOf(from: CardBox, to: CardBox, direction: Direction): number | undefined {
  const vertical = direction === Direction.Up || direction === Direction.Down
  const sign = direction === Direction.Down || direction === Direction.Right ? 1 : -1
  const centres = vertical ? centreY(to) - centreY(from) : centreX(to) - centreX(from)
  if (centres * sign <= 0) return undefined
  const along = vertical ? gap(from.y, from.height, to.y, to.height) : gap(from.x, from.width, to.x, to.width)
  // Boxes that overlap along the other axis (the same lane, the same row) have no sideways offset.
  const across = vertical
    ? gap(from.x, from.width, to.x, to.width)
    : gap(from.y, from.height, to.y, to.height)
  // Between overlapping cards, the nearer centre decides.
  return along + OFF_AXIS_WEIGHT * across + Math.abs(centres) * CENTRE_WEIGHT
}

function centreX(box: CardBox) {
  return box.x + box.width / 2
}

function centreY(box: CardBox) {
  return box.y + box.height / 2
}

/** The empty space between two intervals, 0 when they overlap. */
function gap(startA: number, lengthA: number, startB: number, lengthB: number) {
  return Math.max(0, startB - (startA + lengthA), startA - (startB + lengthB))
}

/** Where the view should go for a card to take the focus: its centre, at `zoom`. */
export interface FocusView {
  x: number
  y: number
  zoom: number
}

/**
 * Where to centre the view so that a card can take the focus, undefined when the view may stay: a
 * card partly off the pane is centred at the same zoom, and below `minZoom` (where a card is drawn as
 * its title or in the overview, neither of which can hold the focus) it is centred at `minZoom`.
 */
export function viewToFocus(
  box: CardBox,
  viewport: { x: number; y: number; zoom: number },
  pane: { width: number; height: number },
  minZoom: number,
): FocusView | undefined {
  const { x, y, zoom } = viewport
  const left = box.x * zoom + x
  const top = box.y * zoom + y
  const outside =
    left < 0 || top < 0 || left + box.width * zoom > pane.width || top + box.height * zoom > pane.height
  if (!outside && zoom >= minZoom) return undefined
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, zoom: Math.max(zoom, minZoom) }
}
