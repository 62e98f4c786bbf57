/** What the overview draws, pure: each stance's cards and each kind's links as one SVG path. */
import type { Card, Link, LinkKind, Stance } from '../../../shared/board/schema.ts'
import { cardRect, cardShapes, type Rect } from '../minimap/minimapGeometry.ts'

/**
 * Below this zoom the canvas draws its cards as coloured blocks in one SVG instead of React Flow
 * nodes: a card is under 84 px wide, its title's text under 9 px, too small to read or to aim at,
 * and hundreds of them fit on screen, which as nodes cost a long frame at every step of a zoom.
 * NOTE: at 0.2, crossing the threshold mounted or unmounted about 250 title nodes in one frame
 * (200-370 ms on a loaded machine); at 0.3 about 110.
 */
export const OVERVIEW_ZOOM = 0.3

export interface OverviewShapes {
  bounds: Rect | undefined
  cards: Record<Stance, string>
  links: Record<LinkKind, string>
}

/** The overview's paths: cards by stance, links as straight lines between card centres by kind. */
export function overviewShapes(cards: readonly Card[], links: readonly Link[]): OverviewShapes {
  const rects = new Map(cards.map((card) => [card.id, cardRect(card)]))
  const lines = (kind: LinkKind) =>
    links
      .filter((link) => link.kind === kind)
      .flatMap((link) => {
        const [from, to] = [rects.get(link.from), rects.get(link.to)]
        if (!from || !to) return []
        const centre = (rect: Rect) =>
          `${Math.round(rect.x + rect.width / 2)} ${Math.round(rect.y + rect.height / 2)}`
        return [`M${centre(from)}L${centre(to)}`]
      })
      .join('')
  // The cards' paths are the map's, already built for this cards list.
  const { bounds, paths } = cardShapes(cards)
  return {
    bounds,
    cards: paths,
    links: { supports: lines('supports'), rebuts: lines('rebuts') },
  }
}
