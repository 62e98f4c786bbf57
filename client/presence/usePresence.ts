import { useMemo, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { createAwarenessStore, readCursors, readPeers, type Peer, type PeerCursor } from './peers.ts'

/** Everyone on the board, this client included; cursor moves do not re-render. */
export function usePeers(awareness: Awareness): Peer[] {
  const store = useMemo(() => createAwarenessStore(awareness, readPeers), [awareness])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/** Other participants' canvas cursors, in flow coordinates. */
export function usePeerCursors(awareness: Awareness): PeerCursor[] {
  const store = useMemo(() => createAwarenessStore(awareness, readCursors), [awareness])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
