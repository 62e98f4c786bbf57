/** Which pages of a PDF article a passage is on, for citing it ("p. 3", "pp. 3–4"). */
import type { PageSpan } from '../board/schema.ts'

/** The first and last page a passage is on (equal for a passage on one page). */
export interface CitedPages {
  first: number
  last: number
}

/**
 * The page that holds the character at `offset`: the page whose span contains it, or, for the
 * newline between two pages, the next page with text. `pages` is in the order of the text (as the
 * importer stores it). Undefined past the last page or without pages.
 * @example pageAt([{ page: 1, start: 0, end: 5 }, { page: 2, start: 6, end: 9 }], 5) // 2
 */
export function pageAt(pages: readonly PageSpan[], offset: number): number | undefined {
  // Spans follow one another without overlap, so their ends rise: the first ending after `offset`.
  let low = 0
  let high = pages.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((pages[middle] as PageSpan).end <= offset) low = middle + 1
    else high = middle
  }
  // A page with no text (a blank page) holds no character: the passage is on the next one.
  while (low < pages.length && (pages[low] as PageSpan).start === (pages[low] as PageSpan).end) low++
  return pages[low]?.page
}

/** The pages the passage `[start, end)` is on, or undefined for an article without pages. */
export function citedPages(
  pages: readonly PageSpan[] | undefined,
  passage: { start: number; end: number },
): CitedPages | undefined {
  if (!pages || pages.length === 0) return undefined
  const first = pageAt(pages, passage.start)
  if (first === undefined) return undefined
  const last = pageAt(pages, Math.max(passage.start, passage.end - 1)) ?? first
  return { first, last: Math.max(first, last) }
}
