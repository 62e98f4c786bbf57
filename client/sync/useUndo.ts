import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { createUndoStore, type UndoState } from './undo.ts'

/** Whether this client can undo or redo, and the two actions. */
export function useUndo(undoManager: Y.UndoManager): UndoState & { undo(): void; redo(): void } {
  const store = useMemo(() => createUndoStore(undoManager), [undoManager])
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot)
  return useMemo(
    () => ({ ...state, undo: () => undoManager.undo(), redo: () => undoManager.redo() }),
    [state, undoManager],
  )
}
