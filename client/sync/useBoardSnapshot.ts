import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { createBoardStore, type BoardSnapshot } from './boardSnapshot.ts'
import type { IncrementalCards } from './incrementalCards.ts'

/**
 * The board's current contents; re-renders when either document changes, locally or remotely.
 * `followed`: the board's cards already kept up to date (BoardSession's), instead of read anew here.
 */
export function useBoardSnapshot(doc: Y.Doc, control: Y.Doc, followed?: IncrementalCards): BoardSnapshot {
  const store = useMemo(() => createBoardStore(doc, control, followed), [doc, control, followed])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
