/** The cards and links of a board seen from far away (below OVERVIEW_ZOOM): one SVG in the viewport. */
import { memo } from 'react'
import { ViewportPortal } from '@xyflow/react'
import type { Card, Link } from '../../../shared/board/schema.ts'
import { overviewShapes, type OverviewShapes } from './overviewShapes.ts'

/**
 * The last shapes drawn, by cards list. NOTE: the overview mounts afresh at each crossing of
 * OVERVIEW_ZOOM, often with the same cards; a useMemo would build 5,000 cards' paths again in the
 * very frame that crosses.
 */
const drawn = new WeakMap<readonly Card[], { links: readonly Link[]; shapes: OverviewShapes }>()

function shapesOf(cards: readonly Card[], links: readonly Link[]): OverviewShapes {
  const last = drawn.get(cards)
  if (last?.links === links) return last.shapes
  const shapes = overviewShapes(cards, links)
  drawn.set(cards, { links, shapes })
  return shapes
}

function CardOverviewView({ cards, links }: { cards: readonly Card[]; links: readonly Link[] }) {
  const shapes = shapesOf(cards, links)
  const { bounds } = shapes
  if (!bounds) return null
  return (
    <ViewportPortal>
      <svg
        className="card-overview"
        data-testid="card-overview"
        aria-hidden="true"
        style={{ left: bounds.x, top: bounds.y }}
        width={bounds.width}
        height={bounds.height}
        viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
      >
        <path className="overview-card overview-bull" d={shapes.cards.bull} />
        <path className="overview-card overview-bear" d={shapes.cards.bear} />
        <path className="overview-link link-supports" d={shapes.links.supports} />
        <path className="overview-link link-rebuts" d={shapes.links.rebuts} />
      </svg>
    </ViewportPortal>
  )
}

export const CardOverview = memo(CardOverviewView)
