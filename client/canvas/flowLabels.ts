/** React Flow's own accessible labels in the UI language instead of React Flow's English (link names: useLinkEdges). */
import { useMemo } from 'react'
import type { AriaLabelConfig } from '@xyflow/react'
import { useTranslation } from 'react-i18next'

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
