/**
 * Managing a board's articles: rename, reorder, remove (the moderator's, which the server enforces),
 * a new version of an article's text (the server's own change), and re-pointing a card at a passage.
 */
import type * as Y from 'yjs'
import { getCardMap, readSource, readSources } from './accessors.ts'
import { makeExcerpt } from './excerpt.ts'
import { getBoardRoots } from './layout.ts'
import { sha256Hex } from './mutators.ts'
import { sourceInputSchema, type SourceInput } from './schema.ts'

/** Gives an article a new title; does nothing if it is gone. */
export function renameSource(doc: Y.Doc, id: string, title: string): void {
  const parsed = sourceInputSchema.shape.title.parse(title)
  const map = getBoardRoots(doc).sources.get(id)
  if (map) map.set('title', parsed)
}

/** Removes an article; cards citing it keep their quote and become orphans. */
export function removeSource(doc: Y.Doc, id: string): void {
  getBoardRoots(doc).sources.delete(id)
}

/**
 * Puts the articles in the order of `ids` (ids not on the board are skipped; articles not named keep
 * their relative order after the named ones). Writes only the positions that change.
 */
export function reorderSources(doc: Y.Doc, ids: readonly string[]): void {
  const current = readSources(doc).map((source) => source.id)
  const named = ids.filter((id, i) => current.includes(id) && ids.indexOf(id) === i)
  const order = [...named, ...current.filter((id) => !named.includes(id))]
  const { sources } = getBoardRoots(doc)
  doc.transact(() => {
    order.forEach((id, position) => {
      const map = sources.get(id)
      if (map && map.get('position') !== position) map.set('position', position)
    })
  })
}

/** Moves one article `step` places (−1 left, +1 right) among the tabs; nothing past either end. */
export function moveSource(doc: Y.Doc, id: string, step: -1 | 1): void {
  const order = readSources(doc).map((source) => source.id)
  const from = order.indexOf(id)
  const to = from + step
  if (from < 0 || to < 0 || to >= order.length) return
  order.splice(from, 1)
  order.splice(to, 0, id)
  reorderSources(doc, order)
}

/**
 * Replaces an article's text with a new version of it (and its title, when given): the cards keep
 * their excerpts, which the reader re-anchors in the new text (drift). Returns the new version number.
 */
export function replaceSourceText(
  doc: Y.Doc,
  id: string,
  next: Pick<SourceInput, 'text' | 'blocks' | 'pages'> & { title?: string },
  now = Date.now(),
): number {
  const text = sourceInputSchema.shape.text.parse(next.text)
  const structure = {
    blocks: sourceInputSchema.shape.blocks.parse(next.blocks),
    pages: sourceInputSchema.shape.pages.parse(next.pages),
  }
  const map = getBoardRoots(doc).sources.get(id)
  const source = readSource(doc, id)
  if (!map || !source) throw new RangeError(`no source ${id} on this board`)
  const version = (source.version ?? 1) + 1
  doc.transact(() => {
    map.set('text', text)
    map.set('sha256', sha256Hex(text))
    map.set('version', version)
    map.set('updatedAt', now)
    // The old version's blocks and pages point into the old text: the new version's replace them.
    for (const [key, spans] of Object.entries(structure)) {
      if (spans) map.set(key, spans)
      else if (map.has(key)) map.delete(key)
    }
    if (next.title !== undefined) map.set('title', sourceInputSchema.shape.title.parse(next.title))
  })
  return version
}

/** Points a card's excerpt at `[start, end)` of its article's current text (accepting drift, re-pointing). */
export function repointCard(
  doc: Y.Doc,
  cardId: string,
  passage: { sourceId: string; start: number; end: number },
): void {
  const card = getCardMap(doc, cardId)
  const source = readSource(doc, passage.sourceId)
  if (!card || !source) return
  card.set('excerpt', makeExcerpt(passage.sourceId, source.text, passage.start, passage.end))
}
