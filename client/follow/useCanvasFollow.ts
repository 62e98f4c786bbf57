/** What following changes on the canvas: a gesture breaks away, and a locked view takes no gesture at all. */
import { useMemo } from 'react'
import type { ReactFlowProps } from '@xyflow/react'
import { useFollow } from './FollowContext.ts'

type FlowFollowProps = Pick<
  ReactFlowProps,
  'onMoveStart' | 'panOnDrag' | 'panOnScroll' | 'zoomOnScroll' | 'zoomOnPinch' | 'zoomOnDoubleClick'
>

export interface CanvasFollow {
  /** Spread on <ReactFlow> after its own props. */
  flowProps: FlowFollowProps
  /** The zoom buttons and the minimap; gone while the view is locked. */
  viewControls: boolean
  /** Others' pointers; a projector shows none. */
  cursors: boolean
}

const LOCKED: FlowFollowProps = {
  panOnDrag: false,
  panOnScroll: false,
  zoomOnScroll: false,
  zoomOnPinch: false,
  zoomOnDoubleClick: false,
}

/** The canvas props of following; outside a board, those that change nothing. */
export function useCanvasFollow(): CanvasFollow {
  const follow = useFollow()
  const locked = follow?.target?.locked === true || follow?.projector === true
  const breakAway = follow?.breakAway
  return useMemo(() => {
    // React Flow passes no event when a program moved the view, only for a gesture.
    const onMoveStart: FlowFollowProps['onMoveStart'] = (event) => {
      if (event) breakAway?.()
    }
    return {
      flowProps: locked ? { ...LOCKED, onMoveStart } : { onMoveStart },
      viewControls: !locked,
      cursors: follow?.projector !== true,
    }
  }, [locked, breakAway, follow?.projector])
}
