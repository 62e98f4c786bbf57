/** Follows the document selection and reports the part of it that lies in the article, as source offsets. */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import type { HighlightSegment } from './highlightSegments.ts'
import { selectionToRange } from './selectionToRange.ts'

/** A live, non-empty selection in the article, and where its toolbar goes inside the scroll container. */
export interface ArticleSelection {
  sourceId: string
  start: number
  end: number
  top: number
  left: number
  /**
   * The highlight segments shown when the selection began. Re-rendering highlights replaces the text
   * nodes a selection points into, so while the user selects, a remote card does not repaint the text.
   */
  heldSegments: HighlightSegment[]
}

const TOOLBAR_GAP = 8
const TOOLBAR_WIDTH_GUESS = 190

/**
 * Listens to `selectionchange` on the document (not to mouse events: keyboard and scripted selections
 * count too). Returns the selection and a function that forgets it at once.
 */
export function useArticleSelection(
  articleRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
  enabled: boolean,
  segments: HighlightSegment[],
): [ArticleSelection | null, () => void] {
  const [selection, setSelection] = useState<ArticleSelection | null>(null)
  const latestSegments = useRef(segments)
  useEffect(() => {
    latestSegments.current = segments
  }, [segments])

  useEffect(() => {
    if (!enabled) return
    function onSelectionChange() {
      const article = articleRef.current
      const domSelection = document.getSelection()
      const range = article && domSelection ? selectionToRange(article, domSelection) : null
      if (!article || !domSelection || !range) return setSelection(null)
      const sourceId = article.dataset.sourceId ?? ''
      const position = toolbarPosition(domSelection.getRangeAt(0), scrollRef.current)
      setSelection((previous) => ({
        sourceId,
        ...range,
        ...position,
        heldSegments: previous?.sourceId === sourceId ? previous.heldSegments : latestSegments.current,
      }))
    }
    document.addEventListener('selectionchange', onSelectionChange)
    return () => document.removeEventListener('selectionchange', onSelectionChange)
  }, [enabled, articleRef, scrollRef])

  const clear = useCallback(() => setSelection(null), [])
  return [selection, clear]
}

/** Just below the end of the selection, in the scroll container's content coordinates. */
function toolbarPosition(range: Range, scroller: HTMLElement | null) {
  // NOTE: jsdom implements no layout and no Range geometry; the toolbar then sits at the top left.
  if (!scroller || typeof range.getClientRects !== 'function') return { top: 0, left: 0 }
  const rects = range.getClientRects()
  const last = rects.length > 0 ? rects[rects.length - 1] : range.getBoundingClientRect()
  if (!last) return { top: 0, left: 0 }
  const box = scroller.getBoundingClientRect()
  const top = last.bottom - box.top + scroller.scrollTop + TOOLBAR_GAP
  const maxLeft = Math.max(0, scroller.clientWidth - TOOLBAR_WIDTH_GUESS)
  const left = Math.min(
    Math.max(0, last.right - box.left + scroller.scrollLeft - TOOLBAR_WIDTH_GUESS / 2),
    maxLeft,
  )
  return { top, left }
}
