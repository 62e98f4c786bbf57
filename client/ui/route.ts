/** The app's two routes, read from and written to the browser's location. */

export type Route = { page: 'landing' } | { page: 'board'; boardId: string; token: string | undefined }

/** Parses a pathname and hash: `/b/<id>#token=<secret>` is a board, anything else the landing page. */
export function parseRoute(pathname: string, hash: string): Route {
  const match = /^\/b\/([^/]+)\/?$/.exec(pathname)
  if (!match?.[1]) return { page: 'landing' }
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? undefined
  return { page: 'board', boardId: decodeURIComponent(match[1]), token: token || undefined }
}

/** The in-app path of a board link, or null when the link points at another origin. */
export function toInAppPath(link: string, origin: string): string | null {
  const url = new URL(link, origin)
  return url.origin === origin ? `${url.pathname}${url.hash}` : null
}

/**
 * The path and fragment of a board link, whatever origin the server wrote into it (behind a proxy
 * such as the dev server, that is the backend's own address, not the one this page came from).
 */
export function toBoardPath(link: string): string {
  const url = new URL(link, 'http://placeholder.invalid')
  return `${url.pathname}${url.hash}`
}

const listeners = new Set<() => void>()

/** Goes to `link` without reloading when it belongs to this app. */
export function navigate(link: string): void {
  const path = toInAppPath(link, window.location.origin)
  if (path === null) {
    window.location.assign(link)
    return
  }
  window.history.pushState(null, '', path)
  for (const listener of listeners) listener()
}

/** Subscribes to route changes, from `navigate` and from the browser's back and forward buttons. */
export function subscribeToRoute(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  window.addEventListener('hashchange', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
    window.removeEventListener('hashchange', listener)
  }
}
