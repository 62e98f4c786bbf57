import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../shared/access.ts'
import { getParticipantKey, type Profile } from '../join/identity.ts'
import { withSeatTeam } from '../presence/peers.ts'
import { useToast } from '../ui/ToastProvider.tsx'
import { BoardSession, type ConnectionState } from './BoardSession.ts'

/**
 * A store that opens the session when first subscribed to and closes it when the last subscriber
 * leaves, so that the socket lives exactly as long as a mounted component uses it. When the server
 * refuses an edit for good, it replaces the session with a fresh one loaded from the server.
 * NOTE: the close waits a tick because StrictMode unsubscribes and subscribes again at once.
 */
function createSessionStore(open: (onDiverged: () => void) => BoardSession) {
  let session: BoardSession | undefined
  let closeTimer: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<() => void>()
  const reopen = () => {
    session?.destroy()
    session = open(reopen)
    for (const listener of listeners) listener()
  }
  return {
    subscribe(onChange: () => void) {
      listeners.add(onChange)
      clearTimeout(closeTimer)
      if (!session) {
        session = open(reopen)
        onChange()
      }
      return () => {
        listeners.delete(onChange)
        if (listeners.size > 0) return
        closeTimer = setTimeout(() => {
          session?.destroy()
          session = undefined
        })
      }
    },
    getSnapshot: () => session,
  }
}

/**
 * What a client publishes in awareness as `user`: its profile, and the role of its link, by which a
 * projector finds the moderator to follow.
 */
export type PresenceUser = Profile & { role: Role }

/**
 * Opens the board for as long as the calling component is mounted; undefined until it is open.
 * `user` is published in awareness; without it (a projector) this client shows nobody on the board.
 */
export function useBoardSession(
  boardId: string,
  token: string | undefined,
  user: PresenceUser | undefined,
): BoardSession | undefined {
  const store = useMemo(
    () =>
      createSessionStore(
        (onDiverged) =>
          new BoardSession({
            url: window.location.origin,
            boardId,
            token,
            participantKey: getParticipantKey(),
            onDiverged,
          }),
      ),
    [boardId, token],
  )
  const session = useSyncExternalStore(store.subscribe, store.getSnapshot)
  useReopenNotice(store, session)
  useEffect(() => {
    if (!session || !user) return
    const { provider } = session
    // Others see the team the server seated this person on, once it has said.
    const publish = () =>
      provider.awareness.setLocalStateField('user', withSeatTeam(user, provider.seat?.team))
    publish()
    provider.on('seat', publish)
    return () => provider.off('seat', publish)
  }, [session, user])
  return session
}

/** Tells the person when the same board was reopened because the server refused an edit. */
function useReopenNotice(store: object, session: BoardSession | undefined) {
  const { t } = useTranslation()
  const showToast = useToast()
  const seen = useRef<{ store: object; session: BoardSession | undefined }>({ store, session })
  useEffect(() => {
    const last = seen.current
    if (last.store === store && last.session && session && last.session !== session)
      showToast(t('errors.reloaded'))
    seen.current = { store, session }
  }, [store, session, showToast, t])
}

/** The session's connection state; re-renders on each status change. */
export function useConnection(session: BoardSession): ConnectionState {
  return useSyncExternalStore(session.subscribe, session.getConnection)
}
