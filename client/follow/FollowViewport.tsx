/**
 * The canvas side of following, inside React Flow: publishes this client's view, moves the view to
 * the followed person's (fitted to this pane), and jumps once on a summon.
 */
import { useEffect, useMemo } from 'react'
import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react'
import type { Awareness } from 'y-protocols/awareness'
import { useFollow, type FollowController } from './FollowContext.ts'
import { FollowField, readLeader, type CanvasView } from './followPresence.ts'
import { throttleTrailing } from './throttle.ts'
import { useLeaderState } from './useLeaderState.ts'
import { followViewport } from './viewportFit.ts'

/** How often this client's view goes into awareness (the provider sends at most 20 a second). */
const PUBLISH_MS = 50
/** A short glide between the followed person's steps, which arrive 20 times a second at most. */
const FOLLOW_MS = 120
const JUMP_MS = 400

const VIEW_CONTROLS = '.react-flow__controls, .react-flow__minimap'

const sizeOf = (state: ReactFlowState) => `${state.width}x${state.height}`

/** Nothing outside a board's follow state (a canvas rendered alone). */
export function FollowViewport() {
  const follow = useFollow()
  return follow ? <FollowCanvas follow={follow} /> : null
}

function FollowCanvas({ follow }: { follow: FollowController }) {
  const { awareness, target, jump, projector } = follow
  const { setViewport } = useReactFlow()
  const store = useStoreApi()
  const size = useStore(sizeOf)
  // fitView runs once the cards are known and would undo a view applied before it.
  const fitViewQueued = useStore((state) => state.fitViewQueued)
  const view = useLeaderState(awareness, target?.clientId)?.view
  const publish = usePublisher(awareness, projector)
  const following = view !== undefined

  // Free: this client's own view. NOTE: a follower passes on the view it follows instead of its own
  // fitted one, or two people following each other would zoom out a little more at every step.
  useEffect(() => {
    if (!publish || following) return
    let last = ''
    const onChange = (state: ReactFlowState) => {
      const [x, y, zoom] = state.transform
      const own = { x, y, zoom, width: state.width, height: state.height }
      const key = JSON.stringify(own)
      if (key !== last) publish(own)
      last = key
    }
    onChange(store.getState())
    return store.subscribe(onChange)
  }, [publish, following, store])

  useEffect(() => {
    if (!view) return
    const { width, height, minZoom, maxZoom } = store.getState()
    const next = followViewport(view, { width, height }, { minZoom, maxZoom })
    if (next) void setViewport(next, { duration: FOLLOW_MS })
    publish?.(view)
  }, [view, size, fitViewQueued, store, setViewport, publish])

  const domNode = useStore((state) => state.domNode)
  const { breakAway } = follow
  useEffect(() => {
    // The zoom buttons and the minimap move the view through React Flow's API, which tells no
    // gesture from a program: a press on them is the person's own move.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest(VIEW_CONTROLS)) breakAway()
    }
    domNode?.addEventListener('pointerdown', onPointerDown, true)
    return () => domNode?.removeEventListener('pointerdown', onPointerDown, true)
  }, [domNode, breakAway])

  useEffect(() => {
    if (!jump) return
    const states = awareness.getStates() as Map<number, Record<string, unknown>>
    const summoned = readLeader(states, jump.clientId)?.view
    const { width, height, minZoom, maxZoom } = store.getState()
    const next = summoned && followViewport(summoned, { width, height }, { minZoom, maxZoom })
    if (next) void setViewport(next, { duration: JUMP_MS })
  }, [jump, awareness, store, setViewport])
  return null
}

/** Puts a view into awareness at most every PUBLISH_MS; none for a projector, which nobody follows. */
function usePublisher(awareness: Awareness, projector: boolean) {
  const publish = useMemo(
    () =>
      projector
        ? undefined
        : throttleTrailing(
            (view: CanvasView) => awareness.setLocalStateField(FollowField.View, view),
            PUBLISH_MS,
          ),
    [awareness, projector],
  )
  useEffect(() => () => publish?.cancel(), [publish])
  return publish
}
