/**
 * Caret browsing in the article, for people without a mouse: once the article has the focus, the
 * arrow keys move a caret (a collapsed DOM selection, moved by Selection.modify) and Shift+arrows
 * extend the selection from it, so that `b` / `n` can make a card from an excerpt. The browser paints
 * no caret in text that cannot be edited, so this draws its own.
 */
import { useCallback, useEffect, useState, type KeyboardEvent, type RefObject } from 'react'

/** Where to draw the caret, in the scroll container's content coordinates. */
export interface CaretBox {
  top: number
  left: number
  height: number
}

type Granularity = 'character' | 'line' | 'lineboundary' | 'word'

const CARET_KEYS: Record<string, { direction: 'forward' | 'backward'; granularity: Granularity }> = {
  ArrowLeft: { direction: 'backward', granularity: 'character' },
  ArrowRight: { direction: 'forward', granularity: 'character' },
  ArrowUp: { direction: 'backward', granularity: 'line' },
  ArrowDown: { direction: 'forward', granularity: 'line' },
  Home: { direction: 'backward', granularity: 'lineboundary' },
  End: { direction: 'forward', granularity: 'lineboundary' },
}

/** Room kept between the caret and the scroll container's edges when scrolling it into view. */
const SCROLL_MARGIN = 48

export function useCaretBrowsing(
  articleRef: RefObject<HTMLElement | null>,
  scrollRef: RefObject<HTMLElement | null>,
) {
  const [caret, setCaret] = useState<CaretBox | null>(null)
  const [active, setActive] = useState(false)

  const update = useCallback(() => {
    const article = articleRef.current
    const scroller = scrollRef.current
    const selection = document.getSelection()
    if (!article || !scroller || !selection?.focusNode || !article.contains(selection.focusNode)) {
      return setCaret(null)
    }
    setCaret(caretBoxOf(selection.focusNode, selection.focusOffset, scroller))
  }, [articleRef, scrollRef])

  useEffect(() => {
    if (!active) return
    document.addEventListener('selectionchange', update)
    return () => document.removeEventListener('selectionchange', update)
  }, [active, update])

  /** The article took the focus: keep a caret already in it, or put one at the first visible line. */
  const onFocus = useCallback(
    (event: { target: EventTarget }) => {
      const article = articleRef.current
      if (!article || event.target !== article) return
      const selection = document.getSelection()
      if (selection && !(selection.focusNode && article.contains(selection.focusNode))) {
        const first = firstVisibleText(article, scrollRef.current)
        if (first) selection.collapse(first, 0)
      }
      if (article.matches(':focus-visible')) setActive(true)
      update()
    },
    [articleRef, scrollRef, update],
  )

  const onBlur = useCallback(() => setActive(false), [])
  const onPointerDown = useCallback(() => setActive(false), [])

  /** Moves or extends the selection for a caret key pressed on the article; true when it did. */
  const onKeyDown = useCallback(
    (event: KeyboardEvent): boolean => {
      const article = articleRef.current
      const step = CARET_KEYS[event.key]
      const selection = document.getSelection()
      if (!article || event.target !== article || !step || !selection) return false
      if (event.altKey || event.metaKey) return false
      if (!(selection.focusNode && article.contains(selection.focusNode))) {
        const first = firstVisibleText(article, scrollRef.current)
        if (first) selection.collapse(first, 0)
      }
      const { anchorNode, anchorOffset, focusNode, focusOffset } = selection
      // Ctrl+Left/Right moves by word, as in a text field.
      const granularity = event.ctrlKey && step.granularity === 'character' ? 'word' : step.granularity
      selection.modify(event.shiftKey ? 'extend' : 'move', step.direction, granularity)
      // The caret stays in the article: past its first or last character it does not move.
      if (!(selection.focusNode && article.contains(selection.focusNode)) && anchorNode && focusNode) {
        selection.setBaseAndExtent(anchorNode, anchorOffset, focusNode, focusOffset)
      }
      setActive(true)
      update()
      scrollCaretIntoView(selection, scrollRef.current)
      return true
    },
    [articleRef, scrollRef, update],
  )

  return { caret: active ? caret : null, onFocus, onBlur, onPointerDown, onKeyDown }
}

function caretBoxOf(node: Node, offset: number, scroller: HTMLElement): CaretBox | null {
  // NOTE: jsdom has no Range geometry.
  const range = document.createRange()
  range.setStart(node, offset)
  range.collapse(true)
  if (typeof range.getClientRects !== 'function') return null
  const rect = range.getClientRects()[0] ?? (node.parentElement ?? null)?.getBoundingClientRect()
  if (!rect) return null
  const box = scroller.getBoundingClientRect()
  return {
    top: rect.top - box.top + scroller.scrollTop,
    left: rect.left - box.left + scroller.scrollLeft,
    height: rect.height,
  }
}

function scrollCaretIntoView(selection: Selection, scroller: HTMLElement | null) {
  if (!scroller || !selection.focusNode) return
  const caret = caretBoxOf(selection.focusNode, selection.focusOffset, scroller)
  if (!caret) return
  const top = caret.top - scroller.scrollTop
  if (top < SCROLL_MARGIN) scroller.scrollTop += top - SCROLL_MARGIN
  else if (top + caret.height > scroller.clientHeight - SCROLL_MARGIN) {
    scroller.scrollTop += top + caret.height - scroller.clientHeight + SCROLL_MARGIN
  }
}

/** The first text node of the article that shows within the scroll container's viewport. */
function firstVisibleText(article: HTMLElement, scroller: HTMLElement | null): Text | null {
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
  const top = scroller?.getBoundingClientRect().top ?? 0
  let first: Text | null = null
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text
    first ??= text
    if ((text.parentElement?.getBoundingClientRect().bottom ?? 0) > top) return text
  }
  return first
}
