/** The debate as the UI reads it: the session document, this connection's seat, the granted documents. */
import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { readSession, type SessionState } from '../../shared/debate/session.ts'
import type { Seat } from '../../shared/protocol.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'

/** The session (format, phase, timer, lock…); re-renders whenever the server changes it. */
export function useSessionState(provider: BoardProvider): SessionState {
  const store = useMemo(() => sessionStore(provider.session), [provider])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/** Who this connection is on the board, once the server has said (undefined until then). */
export function useSeat(provider: BoardProvider): Seat | undefined {
  const store = useMemo(
    () => ({
      subscribe: (listener: () => void) => {
        provider.on('seat', listener)
        return () => provider.off('seat', listener)
      },
      getSnapshot: () => provider.seat,
    }),
    [provider],
  )
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/** A document the server has granted (a drafts document, the roster), or undefined while it has not. */
export function useGrantedDocument(
  provider: BoardProvider,
  name: string | null | undefined,
): Y.Doc | undefined {
  const store = useMemo(
    () => ({
      subscribe: (listener: () => void) => {
        provider.on('documents', listener)
        return () => provider.off('documents', listener)
      },
      getSnapshot: () => (name ? provider.document(name) : undefined),
    }),
    [provider, name],
  )
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

function sessionStore(doc: Y.Doc) {
  let snapshot = readSession(doc)
  return {
    subscribe(listener: () => void) {
      const onUpdate = () => {
        snapshot = readSession(doc)
        listener()
      }
      doc.on('update', onUpdate)
      return () => doc.off('update', onUpdate)
    },
    getSnapshot: () => snapshot,
  }
}
