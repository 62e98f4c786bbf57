/** React Flow's own accessible labels and each link's name, in the UI language instead of React Flow's English. */
import { useMemo } from 'react'
import type { AriaLabelConfig } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { Card } from '../../shared/board/schema.ts'
import type { LinkFlowEdge } from './toFlow.ts'

/** The `ariaLabelConfig` for <ReactFlow>, following the language. */
export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation()
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.cardKeys'),
      'node.a11yDescription.keyboardDisabled': t('canvas.cardKeys'),
      'node.a11yDescription.ariaLiveMessage': ({ direction }: { direction: string }) =>
        t('canvas.movedCard', { direction }),
      'edge.a11yDescription.default': t('canvas.linkKeys'),
      'controls.ariaLabel': t('canvas.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.fitView'),
      'controls.interactive.ariaLabel': t('canvas.interactive'),
      'minimap.ariaLabel': t('canvas.minimap'),
      'handle.ariaLabel': t('canvas.handle'),
    }),
    [t],
  )
}

/**
 * The edges with a name a person can follow ("Supports: from Bull card by Ada to Bear card by Bo"),
 * instead of React Flow's default "Edge from <id> to <id>".
 */
export function useNamedEdges(edges: LinkFlowEdge[], cards: readonly Card[]): LinkFlowEdge[] {
  const { t } = useTranslation()
  return useMemo(() => {
    const byId = new Map(cards.map((card) => [card.id, card]))
    const cardRef = (id: string) => {
      const card = byId.get(id)
      return card ? t('link.cardRef', { stance: t(`stance.${card.stance}`), name: card.authorName }) : id
    }
    return edges.map((edge) => ({
      ...edge,
      ariaLabel: t('link.ariaLabel', {
        kind: t(`link.${edge.data?.kind ?? 'supports'}`),
        from: cardRef(edge.source),
        to: cardRef(edge.target),
      }),
    }))
  }, [edges, cards, t])
}
