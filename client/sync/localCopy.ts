/**
 * The board kept in this browser (IndexedDB, via y-indexeddb), so that edits not yet sent survive a
 * reload or a browser restart and are offered to the server on the next connect.
 */
import type * as Y from 'yjs'
import { IndexeddbPersistence } from 'y-indexeddb'

export interface LocalCopy {
  /** Resolves once what the browser kept is in the documents (at once where there is no IndexedDB). */
  whenLoaded: Promise<void>
  /** Forgets what was kept: the server refused an edit in it, so it must not come back. */
  clear(): Promise<void>
  destroy(): void
}

/** Keeps each document under `debate-board:<boardId>:<name>`; does nothing without IndexedDB. */
export function keepLocalCopy(boardId: string, docs: Record<string, Y.Doc>): LocalCopy {
  if (typeof indexedDB === 'undefined') {
    return { whenLoaded: Promise.resolve(), clear: () => Promise.resolve(), destroy: () => {} }
  }
  const stores = Object.entries(docs).map(
    ([name, doc]) => new IndexeddbPersistence(`debate-board:${boardId}:${name}`, doc),
  )
  return {
    // A browser that refuses storage (private mode) still opens the board, from the server alone.
    whenLoaded: Promise.all(stores.map((store) => store.whenSynced)).then(noop, noop),
    clear: () => Promise.all(stores.map((store) => store.clearData())).then(noop, noop),
    destroy: () => stores.forEach((store) => void store.destroy()),
  }
}

function noop() {}
