/** A link between two cards: solid green when it supports, dashed red when it rebuts, with its kind labelled. */
import { memo } from 'react'
import { EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { useBoardCanvas } from './BoardCanvasContext.ts'
import type { LinkFlowEdge } from './toFlow.ts'

function LinkEdgeView(props: EdgeProps<LinkFlowEdge>) {
  const { id, source, target, data, markerEnd, selected, interactionWidth = 20 } = props
  const { t } = useTranslation()
  const { onLinkClick } = useBoardCanvas()
  const kind = data?.kind ?? 'supports'
  const [path, labelX, labelY] = getBezierPath(props)
  return (
    <>
      <path
        id={id}
        d={path}
        className={`link-path link-${kind}${selected ? ' link-selected' : ''}`}
        markerEnd={markerEnd}
        data-testid={`edge-${kind}`}
      />
      <path
        d={path}
        className="react-flow__edge-interaction"
        fill="none"
        strokeOpacity={0}
        strokeWidth={interactionWidth}
      />
      <EdgeLabelRenderer>
        <button
          type="button"
          className={`link-label link-label-${kind}${selected ? ' link-selected' : ''} nodrag nopan`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          onClick={(event) => onLinkClick(id, event.shiftKey || event.metaKey || event.ctrlKey)}
          // Reached from a card it touches (Enter, then Tab), not as a tab stop of its own.
          tabIndex={-1}
          data-testid="link"
          data-link-from={source}
          data-link-to={target}
          data-link-id={id}
          data-link-kind={kind}
        >
          {t(`link.${kind}`)}
        </button>
      </EdgeLabelRenderer>
    </>
  )
}

export const LinkEdge = memo(LinkEdgeView)
