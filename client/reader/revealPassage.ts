/** Scrolls a passage of the rendered article into the middle of the reader and flashes it. */
import { HIGHLIGHT_SELECTOR } from './ReaderArticle.tsx'
import { OFFSET_ATTRIBUTE, type TextRange } from './selectionToRange.ts'

/** The class that plays the flash animation; removed again after `FLASH_MS`. */
export const FLASH_CLASS = 'reader-flash'
export const FLASH_MS = 1_500

// Keyed by element so that a second flash of the same passage restarts instead of ending early.
const flashTimers = new WeakMap<Element, ReturnType<typeof setTimeout>>()

/**
 * Finds the elements that render `range` (its highlights when it has any, else the plain runs that hold
 * it), centres them in `scroller` and flashes them. Returns the flashed elements.
 */
export function revealPassage(article: Element, scroller: HTMLElement | null, range: TextRange): Element[] {
  const highlights = elementsOverlapping(article.querySelectorAll(HIGHLIGHT_SELECTOR), range)
  const elements =
    highlights.length > 0
      ? highlights
      : elementsOverlapping(article.querySelectorAll(`[${OFFSET_ATTRIBUTE}]`), range)
  const first = elements[0]
  const last = elements[elements.length - 1]
  if (!first || !last) return []
  scrollToCenter(first, last, scroller)
  for (const element of elements) flash(element)
  return elements
}

function elementsOverlapping(candidates: NodeListOf<Element>, range: TextRange) {
  return Array.from(candidates).filter((element) => {
    const start = Number(element.getAttribute(OFFSET_ATTRIBUTE))
    const end = start + (element.textContent?.length ?? 0)
    return start < range.end && end > range.start
  })
}

function scrollToCenter(first: Element, last: Element, scroller: HTMLElement | null) {
  const behavior: ScrollBehavior = prefersReducedMotion() ? 'auto' : 'smooth'
  if (!scroller || scroller.scrollHeight <= scroller.clientHeight) {
    // The pane is not the scrolling box (its parent did not bound its height); let the browser choose.
    if (typeof first.scrollIntoView === 'function') first.scrollIntoView({ block: 'center', behavior })
    return
  }
  const box = scroller.getBoundingClientRect()
  const top = first.getBoundingClientRect().top
  const height = last.getBoundingClientRect().bottom - top
  // A passage taller than the view starts at its top instead of being centred off-screen.
  const offset = height >= box.height ? 0 : (box.height - height) / 2
  scroller.scrollTo({ top: Math.max(0, scroller.scrollTop + top - box.top - offset), behavior })
}

function flash(element: Element) {
  const pending = flashTimers.get(element)
  if (pending !== undefined) clearTimeout(pending)
  element.classList.remove(FLASH_CLASS)
  // Reading layout between remove and add restarts the CSS animation when the class was already there.
  void (element as HTMLElement).offsetWidth
  element.classList.add(FLASH_CLASS)
  flashTimers.set(
    element,
    setTimeout(() => {
      element.classList.remove(FLASH_CLASS)
      flashTimers.delete(element)
    }, FLASH_MS),
  )
}

function prefersReducedMotion() {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}
