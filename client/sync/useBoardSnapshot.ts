import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { createBoardStore, type BoardSnapshot } from './boardSnapshot.ts'

/** The board's current contents; re-renders when either document changes, locally or remotely. */
export function useBoardSnapshot(doc: Y.Doc, control: Y.Doc): BoardSnapshot {
  const store = useMemo(() => createBoardStore(doc, control), [doc, control])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
