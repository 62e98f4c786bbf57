/** Carries out a focus request: switch to its source, then centre and flash its passage, once per nonce. */
import { useEffect, useRef, type RefObject } from 'react'
import type { Source } from '../../shared/board/schema.ts'
import { revealPassage } from './revealPassage.ts'

/** Asks the reader to show a passage; a new `nonce` repeats the request for the same passage. */
export interface ReaderFocusRequest {
  sourceId: string
  start: number
  end: number
  nonce: number
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
    if (!sources.some((s) => s.id === request.sourceId)) {
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
    revealPassage(article, scrollRef.current, request)
  }, [request, sources, shownSourceId, onActiveSourceChange, articleRef, scrollRef])
}
