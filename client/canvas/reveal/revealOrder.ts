/**
 * The order in which a big board's cards reach the canvas when it opens: nearest the middle of the
 * board first, since that is where the first view opens (it fits the lanes, which span every card).
 */
import type { Card, Link } from '../../../shared/board/schema.ts'
import { CARD_WIDTH } from '../../../shared/board/lanes.ts'
import { CARD_ESTIMATED_HEIGHT } from '../toFlow.ts'

/** A screen is wider than tall: distance across counts this much less than distance down. */
const SCREEN_ASPECT = 16 / 10

type Placed = Pick<Card, 'id' | 'x' | 'y' | 'width'>

const centreOf = (card: Placed) => ({
  x: card.x + (card.width ?? CARD_WIDTH) / 2,
  y: card.y + CARD_ESTIMATED_HEIGHT / 2,
})

/**
 * The ids of `cards`, nearest the middle of their bounds first, in rings of the screen's shape so
 * that the first ones fill the first view evenly; equally near cards keep their order in `cards`.
 */
export function revealOrder(cards: readonly Placed[]): string[] {
  if (cards.length === 0) return []
  const centres = cards.map(centreOf)
  const xs = centres.map((centre) => centre.x)
  const ys = centres.map((centre) => centre.y)
  const middle = {
    x: (Math.min(...xs) + Math.max(...xs)) / 2,
    y: (Math.min(...ys) + Math.max(...ys)) / 2,
  }
  return cards
    .map((card, index) => {
      const centre = centres[index] ?? middle
      const ring = Math.max(Math.abs(centre.x - middle.x) / SCREEN_ASPECT, Math.abs(centre.y - middle.y))
      return { id: card.id, index, ring }
    })
    .sort((a, b) => a.ring - b.ring || a.index - b.index)
    .map((entry) => entry.id)
}

/**
 * The cards of `cards` on the canvas once the first `shown` ids of `order` are: those ids, and any
 * card that is not in `order` at all (made after the board opened). `cards` itself once all are shown.
 */
export function revealedCards<T extends Pick<Card, 'id'>>(
  cards: readonly T[],
  order: readonly string[],
  shown: number,
): readonly T[] {
  if (shown >= order.length) return cards
  const hidden = new Set(order.slice(shown))
  return cards.filter((card) => !hidden.has(card.id))
}

/** The links whose two cards are both among `shown`; `links` itself when every card is shown. */
export function revealedLinks(
  links: readonly Link[],
  cards: readonly Pick<Card, 'id'>[],
  shown: readonly Pick<Card, 'id'>[],
): readonly Link[] {
  if (shown === cards) return links
  const ids = new Set(shown.map((card) => card.id))
  return links.filter((link) => ids.has(link.from) && ids.has(link.to))
}
