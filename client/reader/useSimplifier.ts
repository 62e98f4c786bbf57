/** OpenCC's Traditional → Simplified converter for search, loaded on first use (it is large). */
import { useEffect, useState } from 'react'
import type { ToSimplified } from '../../shared/sources/searchText.ts'

let loading: Promise<ToSimplified> | undefined

/** The Traditional → Simplified converter, loaded once when first `wanted`. */
export function useSimplifier(wanted: boolean): ToSimplified | undefined {
  const [converter, setConverter] = useState<{ convert: ToSimplified }>()
  useEffect(() => {
    if (!wanted || converter) return
    let live = true
    loading ??= import('../../shared/sources/hanFolding.ts').then((module) => module.toSimplified)
    void loading.then((convert) => {
      if (live) setConverter({ convert })
    })
    return () => {
      live = false
    }
  }, [wanted, converter])
  return converter?.convert
}
