/**
 * The map of the whole board, bottom right: the lanes and every card, and the part on screen. Drag on
 * it to move there, scroll on it to zoom. NOTE: React Flow's own MiniMap draws a component per node,
 * each subscribed to React Flow's store, and measures every node again on every store change: on a
 * 5,000-card board that was 10,000 selector runs a frame while panning or zooming. Here the cards are
 * two SVG paths, rebuilt only when the cards change; a frame moves the viewport's frame only.
 */
import { memo, useEffect, useRef, type PointerEvent } from 'react'
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { Card, Stance } from '../../../shared/board/schema.ts'
import type { LaneFlowNode } from '../toFlow.ts'
import {
  boundsOf,
  cardShapes,
  mapView,
  MINIMAP_SIZE,
  rectsPath,
  toCanvasPoint,
  viewportRect,
  type Rect,
} from './minimapGeometry.ts'

const STANCES: Stance[] = ['bull', 'bear']

const selectViewport = (state: ReactFlowState) => viewportRect(state.transform, state)
const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height

const laneRect = (lane: LaneFlowNode): Rect => ({
  ...lane.position,
  width: lane.width ?? 0,
  height: lane.height ?? 0,
})

/** Zooms the canvas on a scroll over the map; a native listener, as React's wheel listeners cannot cancel. */
function useWheelZoom(svg: React.RefObject<SVGSVGElement | null>) {
  const { zoomTo, getZoom } = useReactFlow()
  useEffect(() => {
    const element = svg.current
    if (!element) return
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      void zoomTo(getZoom() * 2 ** (-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002)))
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => element.removeEventListener('wheel', onWheel)
  }, [svg, zoomTo, getZoom])
}

interface BoardMiniMapProps {
  cards: readonly Card[]
  lanes: readonly LaneFlowNode[]
}

function BoardMiniMapView({ cards, lanes }: BoardMiniMapProps) {
  const { t } = useTranslation()
  const { setCenter, getZoom } = useReactFlow()
  const viewport = useStore(selectViewport, sameRect)
  const shapes = cardShapes(cards)
  const board = boundsOf([...lanes.map(laneRect), ...(shapes.bounds ? [shapes.bounds] : [])])
  const view = mapView(board, viewport)
  const svg = useRef<SVGSVGElement>(null)
  // The map as it was when the drag began: centring the view may change what the map shows.
  const dragView = useRef<typeof view>(undefined)
  useWheelZoom(svg)

  const centreOn = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    const point = toCanvasPoint(dragView.current ?? view, {
      x: event.clientX - box.left,
      y: event.clientY - box.top,
    })
    void setCenter(point.x, point.y, { zoom: getZoom() })
  }
  const outer = `M${view.x} ${view.y}h${view.width}v${view.height}h${-view.width}z`
  return (
    <Panel position="bottom-right" className="react-flow__minimap board-minimap" data-testid="rf__minimap">
      <svg
        ref={svg}
        width={MINIMAP_SIZE.width}
        height={MINIMAP_SIZE.height}
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label={t('canvas.minimap')}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId)
          dragView.current = view
          centreOn(event)
        }}
        onPointerMove={(event) => dragView.current && centreOn(event)}
        onPointerUp={() => (dragView.current = undefined)}
        onPointerCancel={() => (dragView.current = undefined)}
      >
        {lanes.map((lane) => (
          <path
            key={lane.id}
            className={`minimap-lane minimap-${lane.data.stance}`}
            d={rectsPath([laneRect(lane)])}
          />
        ))}
        {STANCES.map((stance) => (
          <path key={stance} className={`minimap-card minimap-${stance}`} d={shapes.paths[stance]} />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`${outer}${rectsPath([viewport])}`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  )
}

export const BoardMiniMap = memo(BoardMiniMapView)
