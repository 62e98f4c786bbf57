import { useMemo, useSyncExternalStore } from 'react'
import { parseRoute, subscribeToRoute, type Route } from './route.ts'

const getLocationKey = () => `${window.location.pathname}${window.location.hash}`

/** The current route; re-renders on navigation. */
export function useRoute(): Route {
  const key = useSyncExternalStore(subscribeToRoute, getLocationKey)
  return useMemo(() => {
    const hashAt = key.indexOf('#')
    return hashAt === -1 ? parseRoute(key, '') : parseRoute(key.slice(0, hashAt), key.slice(hashAt))
  }, [key])
}
