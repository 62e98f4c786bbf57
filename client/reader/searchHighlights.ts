/**
 * Paints search matches over the rendered article with the CSS Custom Highlight API: no element is
 * added or split, so the offsets that selection and highlights read stay as they are.
 */
import { OFFSET_ATTRIBUTE, type TextRange } from './selectionToRange.ts'

const ALL = 'article-search'
const CURRENT = 'article-search-current'

/** Marks `matches` in `article`, the one at `current` apart; none clears them. */
export function paintMatches(article: Element | null, matches: readonly TextRange[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return
  const all = new Highlight()
  const now = new Highlight()
  if (article) {
    const runs = Array.from(article.querySelectorAll(`[${OFFSET_ATTRIBUTE}]`))
    matches.forEach((match, index) => {
      const range = domRangeOf(runs, match)
      if (range) (index === current ? now : all).add(range)
    })
  }
  CSS.highlights.set(ALL, all)
  CSS.highlights.set(CURRENT, now)
}

// The DOM range of a text range: each end inside the text node of the run that holds it.
function domRangeOf(runs: Element[], match: TextRange): Range | null {
  const start = pointAt(runs, match.start, false)
  const end = pointAt(runs, match.end, true)
  if (!start || !end) return null
  const range = document.createRange()
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  return range
}

function pointAt(runs: Element[], offset: number, isEnd: boolean) {
  for (const run of runs) {
    const start = Number(run.getAttribute(OFFSET_ATTRIBUTE))
    const node = run.firstChild
    const length = node?.textContent?.length ?? 0
    const inside = isEnd
      ? offset > start && offset <= start + length
      : offset >= start && offset < start + length
    if (node && inside) return { node, offset: offset - start }
  }
  return null
}
