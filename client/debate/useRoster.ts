/** The roster document as the moderator's panel reads it, re-read on every change. */
import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { readRoster, type RosterEntry } from '../../shared/debate/roster.ts'

const NO_DOC = { subscribe: () => () => {}, getSnapshot: () => undefined }

/** Every participant by id, or undefined while the server has not granted the roster. */
export function useRoster(doc: Y.Doc | undefined): ReadonlyMap<string, RosterEntry> | undefined {
  const store = useMemo(() => (doc ? rosterStore(doc) : NO_DOC), [doc])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

function rosterStore(doc: Y.Doc) {
  let snapshot = readRoster(doc)
  return {
    subscribe(listener: () => void) {
      // What changed between the first render and this subscription is not missed.
      snapshot = readRoster(doc)
      const onUpdate = () => {
        snapshot = readRoster(doc)
        listener()
      }
      doc.on('update', onUpdate)
      return () => doc.off('update', onUpdate)
    },
    getSnapshot: () => snapshot,
  }
}
