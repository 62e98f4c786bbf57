import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { LaneFlowNode } from './toFlow.ts'

/** The labelled background of the bull or the bear lane. */
function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const { t } = useTranslation()
  return (
    <div className={`lane lane-${data.stance}`} data-testid={`lane-${data.stance}`}>
      <div className="lane-label">{t(data.stance === 'bull' ? 'stance.bullLane' : 'stance.bearLane')}</div>
    </div>
  )
}

export const LaneNode = memo(LaneNodeView)
