/**
 * The groups of a board as UI state, loaded when the dialog opens and every 10 s while it stays open
 * (the moderator watches the groups' phases and activity move), and again after groups are made.
 */
import { useCallback, useEffect, useState } from 'react'
import { createGroups, fetchGroups, type GroupStatus } from '../http/groupsApi.ts'

/** How often the open dialog reads the groups again. */
export const GROUPS_REFRESH_MS = 10_000

/**
 * `groups` stays as last read while a refresh runs or fails, so that the list does not blink away
 * every 10 s; `error` is the last read's failure, cleared by the next success.
 */
export interface GroupsState {
  groups: GroupStatus[] | undefined
  /** When `groups` was read (this clock): the time a last card is "ago" from, ticking with each refresh. */
  readAt: number
  loading: boolean
  error: unknown
}

export type CreateState = { status: 'idle' } | { status: 'busy' } | { status: 'error'; error: unknown }

export function useGroups(boardId: string, moderatorToken: string | undefined) {
  const [state, setState] = useState<GroupsState>({
    groups: undefined,
    readAt: 0,
    loading: true,
    error: undefined,
  })
  const [attempt, setAttempt] = useState(0)
  const [creating, setCreating] = useState<CreateState>({ status: 'idle' })

  useEffect(() => {
    let live = true
    const load = () => {
      setState((before) => ({ ...before, loading: true }))
      fetchGroups(boardId, moderatorToken).then(
        (groups) => live && setState({ groups, readAt: Date.now(), loading: false, error: undefined }),
        (error: unknown) => live && setState((before) => ({ ...before, loading: false, error })),
      )
    }
    load()
    const timer = setInterval(load, GROUPS_REFRESH_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [boardId, moderatorToken, attempt])

  // A new attempt restarts the interval too, so a refresh never comes right after a manual one.
  const reload = useCallback(() => setAttempt((n) => n + 1), [])

  const create = useCallback(
    async (count: number) => {
      setCreating({ status: 'busy' })
      try {
        await createGroups(boardId, moderatorToken, count)
        setCreating({ status: 'idle' })
        reload()
      } catch (error) {
        setCreating({ status: 'error', error })
      }
    },
    [boardId, moderatorToken, reload],
  )

  return { state, reload, creating, create }
}
