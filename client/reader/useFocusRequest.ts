/** Carries out a focus request: switch to its source, then centre and flash its passage, once per nonce. */
import { useEffect, useRef, type RefObject } from 'react'
import { cachedAnchoring } from '../../shared/board/anchoring/anchoringCache.ts'
import type { Excerpt, Source } from '../../shared/board/schema.ts'
import { revealPassage } from './revealPassage.ts'

/** Asks the reader to show a passage; a new `nonce` repeats the request for the same passage. */
export interface ReaderFocusRequest {
  sourceId: string
  start: number
  end: number
  nonce: number
  /** A card's excerpt: re-found in the article as it is now, since its offsets may be stale. */
  excerpt?: Excerpt
}

export function useFocusRequest(
  request: ReaderFocusRequest | undefined,
  sources: Source[],
  shownSourceId: string | undefined,
  onActiveSourceChange: (sourceId: string) => void,
  articleRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
): void {
  const handledNonce = useRef<number | undefined>(undefined)
  // The parent owns the active source; ask it once per request, then wait for it to re-render us.
  const switchAskedNonce = useRef<number | undefined>(undefined)

  useEffect(() => {
    if (!request || handledNonce.current === request.nonce) return
    const source = sources.find((s) => s.id === request.sourceId)
    if (!source) {
      handledNonce.current = request.nonce
      return
    }
    if (shownSourceId !== request.sourceId) {
      if (switchAskedNonce.current !== request.nonce) {
        switchAskedNonce.current = request.nonce
        onActiveSourceChange(request.sourceId)
      }
      return
    }
    const article = articleRef.current
    if (!article || article.dataset.sourceId !== request.sourceId) return
    handledNonce.current = request.nonce
    // A passage that is gone from the article is not flashed: its old offsets point at other text.
    const passage = request.excerpt ? cachedAnchoring(source.text, request.excerpt).range : request
    if (passage) revealPassage(article, scrollRef.current, passage)
  }, [request, sources, shownSourceId, onActiveSourceChange, articleRef, scrollRef])
}
