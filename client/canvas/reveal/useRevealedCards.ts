/**
 * A big board reaches the canvas in chunks: the cards nearest the first view in the first render, the
 * others a chunk per idle moment. NOTE: handing React Flow 5,000 nodes at once costs one task of
 * several hundred milliseconds (its store, the minimap's node per card) before the first card shows.
 */
import { useEffect, useMemo, useState } from 'react'
import type { Card, Link } from '../../../shared/board/schema.ts'
import { revealedCards, revealedLinks, revealOrder } from './revealOrder.ts'
import { whenIdle } from './whenIdle.ts'

/** From this many cards the board is shown in chunks; a smaller one is shown whole at once. */
export const REVEAL_FROM = 400
/** The cards of the first render: more than a screen holds at the zoom a big board opens at. */
export const FIRST_CHUNK = 150
/** The cards added in each later step. */
export const CHUNK = 300

/**
 * The cards and links the canvas shows while a big board is being revealed (all of them afterwards,
 * the same arrays). Nothing more is revealed until `active`: the canvas waits for its own size.
 */
export function useRevealedCards(
  cards: readonly Card[],
  links: readonly Link[],
  active: boolean,
): { cards: readonly Card[]; links: readonly Link[] } {
  // The order is fixed when the canvas opens: cards that come later are shown at once.
  const [order] = useState(() => (cards.length >= REVEAL_FROM ? revealOrder(cards) : []))
  const [shown, setShown] = useState(() => Math.min(order.length, FIRST_CHUNK))
  useEffect(() => {
    if (!active || shown >= order.length) return
    return whenIdle(() => setShown(Math.min(order.length, shown + CHUNK)))
  }, [active, order, shown])
  const shownCards = useMemo(() => revealedCards(cards, order, shown), [cards, order, shown])
  const shownLinks = useMemo(() => revealedLinks(links, cards, shownCards), [links, cards, shownCards])
  return { cards: shownCards, links: shownLinks }
}
