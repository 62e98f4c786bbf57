/** OpenCC's Traditional → Simplified converter for search, loaded on first use (it is large). */
import { useEffect, useState } from 'react'
import type { ToSimplified } from '../../shared/sources/searchText.ts'

let loaded: ToSimplified | undefined
let loading: Promise<ToSimplified> | undefined

// One load for every search on the page; a failed one (a chunk gone after a deploy, a dropped
// connection) is forgotten, so that the next search asks again instead of never folding scripts.
function loadSimplifier(): Promise<ToSimplified> {
  loading ??= import('../../shared/sources/hanFolding.ts').then(
    (module) => (loaded = module.toSimplified),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/** The Traditional → Simplified converter once loaded; the load starts when first `wanted`. */
export function useSimplifier(wanted: boolean): ToSimplified | undefined {
  // Set once the load this hook waited for is done, to render again with `loaded`.
  const [, setLoaded] = useState(false)
  useEffect(() => {
    if (!wanted) return
    let live = true
    loadSimplifier().then(
      () => live && setLoaded(true),
      // Left out until a later search loads it: the card search goes on without folding the scripts.
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [wanted])
  return loaded
}
