/** Undo and redo of this client's own edits, never of what others did. */
import * as Y from 'yjs'
import { getBoardRoots } from '../../shared/board/layout.ts'

/**
 * An UndoManager over the board document's root maps (card text included, as it is nested in them).
 * The title and motion live in the control document and are not undone from here.
 * NOTE: local edits run in transactions with origin null while the provider applies remote updates
 * with itself as origin, so tracking only `null` keeps others' edits out of our undo stack.
 */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  const { sources, cards, links } = getBoardRoots(doc)
  return new Y.UndoManager([sources, cards, links], {
    trackedOrigins: new Set([null]),
    captureTimeout: 600,
  })
}

export interface UndoState {
  canUndo: boolean
  canRedo: boolean
}

/** A store of whether undo and redo are possible, for useSyncExternalStore. */
export function createUndoStore(undoManager: Y.UndoManager) {
  let state: UndoState = { canUndo: false, canRedo: false }
  const read = () => {
    const canUndo = undoManager.canUndo()
    const canRedo = undoManager.canRedo()
    if (canUndo !== state.canUndo || canRedo !== state.canRedo) state = { canUndo, canRedo }
  }
  read()
  return {
    subscribe(onChange: () => void) {
      const onStackChange = () => {
        const previous = state
        read()
        if (state !== previous) onChange()
      }
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const
      for (const event of events) undoManager.on(event, onStackChange)
      onStackChange()
      return () => {
        for (const event of events) undoManager.off(event, onStackChange)
      }
    },
    getSnapshot: () => state,
  }
}
