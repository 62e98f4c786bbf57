import { useCallback, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/** The current string of a Y.Text (empty when there is none); re-renders on every change to it. */
export function useYText(text: Y.Text | undefined): string {
  const subscribe = useCallback(
    (onChange: () => void) => {
      text?.observe(onChange)
      return () => text?.unobserve(onChange)
    },
    [text],
  )
  return useSyncExternalStore(subscribe, () => text?.toString() ?? '')
}
