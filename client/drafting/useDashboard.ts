/** The dashboard as UI state: loading, ready, or an error; loaded when opened and on each refresh. */
import { useCallback, useEffect, useState } from 'react'
import { fetchDashboard, type Dashboard } from '../http/dashboardApi.ts'

export type DashboardState =
  { status: 'loading' } | { status: 'ready'; dashboard: Dashboard } | { status: 'error'; error: unknown }

export function useDashboard(boardId: string, moderatorToken: string | undefined) {
  const [state, setState] = useState<DashboardState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    fetchDashboard(boardId, moderatorToken).then(
      (dashboard) => live && setState({ status: 'ready', dashboard }),
      (error: unknown) => live && setState({ status: 'error', error }),
    )
    return () => {
      live = false
    }
  }, [boardId, moderatorToken, attempt])
  const reload = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  return { state, reload }
}
