/**
 * Anchoring results remembered per (article text, excerpt), so that renders which change nothing in
 * an article (typing in a card, moving one) do not re-run the matcher for each of its cards.
 */
import type { Excerpt } from '../schema.ts'
import { anchorStatusOf, type ExcerptAnchoring } from './anchorStatus.ts'

/** How many article texts keep their results; a board shows a handful of articles at most. */
const TEXTS_KEPT = 8

// Fast path: the snapshot shares unchanged cards, so the same excerpt object comes back render after render.
const byExcerpt = new WeakMap<Excerpt, { text: string; anchoring: ExcerptAnchoring }>()
// Slow path: an edited card is a new object with the same excerpt content.
const byText = new Map<string, Map<string, ExcerptAnchoring>>()

function contentKey(excerpt: Excerpt): string {
  const { sourceId, start, end, prefix, quote, suffix } = excerpt
  return [sourceId, start, end, prefix, quote, suffix].join('\u0000')
}

function resultsFor(text: string): Map<string, ExcerptAnchoring> {
  let results = byText.get(text)
  if (results) {
    // Most recently used last, so that the oldest text is the first to go.
    byText.delete(text)
  } else {
    results = new Map()
    const oldest = byText.size >= TEXTS_KEPT ? byText.keys().next() : undefined
    if (oldest && !oldest.done) byText.delete(oldest.value)
  }
  byText.set(text, results)
  return results
}

/** `anchorStatusOf(text, excerpt)`, computed once per article text and excerpt content. */
export function cachedAnchoring(text: string, excerpt: Excerpt): ExcerptAnchoring {
  const remembered = byExcerpt.get(excerpt)
  if (remembered && remembered.text === text) return remembered.anchoring
  const results = resultsFor(text)
  const key = contentKey(excerpt)
  let anchoring = results.get(key)
  if (!anchoring) {
    anchoring = anchorStatusOf(text, excerpt)
    results.set(key, anchoring)
  }
  byExcerpt.set(excerpt, { text, anchoring })
  return anchoring
}
