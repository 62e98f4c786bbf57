/** The view and reading position of the person followed, re-rendering only when they change. */
import { useMemo, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { createAwarenessStore } from '../presence/peers.ts'
import { findModerator, readLeader, type LeaderState } from './followPresence.ts'

const NOBODY = { subscribe: () => () => {}, getSnapshot: () => undefined }

/** What `clientId` publishes for following; undefined when nobody is followed or they are not here. */
export function useLeaderState(
  awareness: Awareness | undefined,
  clientId: number | undefined,
): LeaderState | undefined {
  const store = useMemo(
    () =>
      awareness === undefined || clientId === undefined
        ? NOBODY
        : createAwarenessStore(awareness, (states) => readLeader(states, clientId)),
    [awareness, clientId],
  )
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/** The presence id of a moderator on the board, for a projector to follow. */
export function useModeratorId(awareness: Awareness, enabled: boolean): number | undefined {
  const store = useMemo(
    () => (enabled ? createAwarenessStore(awareness, findModerator) : NOBODY),
    [awareness, enabled],
  )
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

const idsOf = (states: Map<number, unknown>) => [...states.keys()].sort((a, b) => a - b)

/** The presence ids on the board now, names or not (an anonymous board strips them). */
export function usePresentIds(awareness: Awareness): number[] {
  const store = useMemo(() => createAwarenessStore(awareness, idsOf), [awareness])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
