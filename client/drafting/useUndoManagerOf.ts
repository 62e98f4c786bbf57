/** An undo manager of this client's own edits to a document other than the board: a drafts document. */
import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { createUndoManager } from '../sync/undo.ts'

/**
 * The undo manager of `doc` while it is shown, destroyed when it is not: undo in drafts undoes only
 * this person's own edits there, as on the board (client/sync/undo.ts).
 */
export function useUndoManagerOf(doc: Y.Doc | undefined): Y.UndoManager | undefined {
  const store = useMemo(() => (doc ? undoManagerStore(doc) : undefined), [doc])
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getSnapshot ?? noManager)
}

/**
 * A store that makes the manager when first subscribed to and destroys it when the last subscriber
 * leaves. NOTE: the destroy waits a tick because StrictMode unsubscribes and subscribes again at once.
 */
function undoManagerStore(doc: Y.Doc) {
  let manager: Y.UndoManager | undefined
  let destroyTimer: ReturnType<typeof setTimeout> | undefined
  let subscribers = 0
  return {
    subscribe(onChange: () => void) {
      subscribers += 1
      clearTimeout(destroyTimer)
      if (!manager) {
        manager = createUndoManager(doc)
        onChange()
      }
      return () => {
        subscribers -= 1
        if (subscribers > 0) return
        destroyTimer = setTimeout(() => {
          manager?.destroy()
          manager = undefined
        })
      }
    },
    getSnapshot: () => manager,
  }
}

const noSubscription = () => () => {}
const noManager = () => undefined
