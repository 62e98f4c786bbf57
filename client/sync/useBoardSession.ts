import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type { Profile } from '../join/identity.ts'
import { BoardSession, type ConnectionState } from './BoardSession.ts'

/**
 * A store that opens the session when first subscribed to and closes it when the last subscriber
 * leaves, so that the socket lives exactly as long as a mounted component uses it.
 * NOTE: the close waits a tick because StrictMode unsubscribes and subscribes again at once.
 */
function createSessionStore(open: () => BoardSession) {
  let session: BoardSession | undefined
  let subscribers = 0
  let closeTimer: ReturnType<typeof setTimeout> | undefined
  return {
    subscribe(onChange: () => void) {
      subscribers++
      clearTimeout(closeTimer)
      if (!session) {
        session = open()
        onChange()
      }
      return () => {
        subscribers--
        if (subscribers > 0) return
        closeTimer = setTimeout(() => {
          session?.destroy()
          session = undefined
        })
      }
    },
    getSnapshot: () => session,
  }
}

/** Opens the board for as long as the calling component is mounted; undefined until it is open. */
export function useBoardSession(
  boardId: string,
  token: string | undefined,
  profile: Profile,
): BoardSession | undefined {
  const store = useMemo(
    () => createSessionStore(() => new BoardSession({ url: window.location.origin, boardId, token })),
    [boardId, token],
  )
  const session = useSyncExternalStore(store.subscribe, store.getSnapshot)
  useEffect(() => {
    session?.provider.awareness.setLocalStateField('user', profile)
  }, [session, profile])
  return session
}

/** The session's connection state; re-renders on each status change. */
export function useConnection(session: BoardSession): ConnectionState {
  return useSyncExternalStore(session.subscribe, session.getConnection)
}
