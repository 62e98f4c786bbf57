/** The cards and links of a board seen from far away (below OVERVIEW_ZOOM): one SVG in the viewport. */
import { memo, useMemo } from 'react'
import { ViewportPortal } from '@xyflow/react'
import type { Card, Link } from '../../../shared/board/schema.ts'
import { overviewShapes } from './overviewShapes.ts'

function CardOverviewView({ cards, links }: { cards: readonly Card[]; links: readonly Link[] }) {
  const shapes = useMemo(() => overviewShapes(cards, links), [cards, links])
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
