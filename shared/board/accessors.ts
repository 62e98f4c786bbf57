/** Read access to a board document: plain snapshots of its meta, sources, cards and links. */
import * as Y from 'yjs'
import { getBoardRoots, getControlMeta } from './layout.ts'
import {
  cardInputSchema,
  excerptSchema,
  linkKindSchema,
  sourceInputSchema,
  type BoardMeta,
  type Card,
  type Excerpt,
  type Link,
  type Source,
  type Stance,
} from './schema.ts'

/** The meta of a `control` document as a plain object (empty strings and zeros before it is initialised). */
export function readMeta(control: Y.Doc): BoardMeta {
  const meta = getControlMeta(control)
  return {
    title: String(meta.get('title') ?? ''),
    motion: String(meta.get('motion') ?? ''),
    createdAt: Number(meta.get('createdAt') ?? 0),
    schemaVersion: Number(meta.get('schemaVersion') ?? 0),
  }
}

/** One source by id, or undefined. */
export function readSource(doc: Y.Doc, id: string): Source | undefined {
  const map = getBoardRoots(doc).sources.get(id)
  return map instanceof Y.Map ? toSource(id, map) : undefined
}

/** All sources, oldest first. */
export function readSources(doc: Y.Doc): Source[] {
  const sources: Source[] = []
  getBoardRoots(doc).sources.forEach((map, id) => {
    if (map instanceof Y.Map) sources.push(toSource(id, map))
  })
  return sources.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id))
}

function toSource(id: string, map: Y.Map<unknown>): Source {
  const url = map.get('url')
  return {
    id,
    title: String(map.get('title') ?? ''),
    language: String(map.get('language') ?? ''),
    text: String(map.get('text') ?? ''),
    sha256: String(map.get('sha256') ?? ''),
    // Any editor can write the map directly: only a web link is ever handed to an href.
    ...(sourceInputSchema.shape.url.safeParse(url).success && typeof url === 'string' ? { url } : {}),
    addedBy: String(map.get('addedBy') ?? ''),
    addedAt: Number(map.get('addedAt') ?? 0),
  }
}

/** The live Y.Map of a card, or undefined. */
export function getCardMap(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const map = getBoardRoots(doc).cards.get(id)
  return map instanceof Y.Map ? map : undefined
}

/** The live, collaboratively edited text of a card, or undefined. */
export function getCardText(doc: Y.Doc, id: string): Y.Text | undefined {
  const text = getCardMap(doc, id)?.get('text')
  return text instanceof Y.Text ? text : undefined
}

/** One card by id, or undefined. */
export function readCard(doc: Y.Doc, id: string): Card | undefined {
  const map = getCardMap(doc, id)
  return map && toCard(id, map)
}

/** All cards, oldest first. */
export function readCards(doc: Y.Doc): Card[] {
  const cards: Card[] = []
  getBoardRoots(doc).cards.forEach((map, id) => {
    if (map instanceof Y.Map) cards.push(toCard(id, map))
  })
  return cards.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
}

function toCard(id: string, map: Y.Map<unknown>): Card {
  const width = cardInputSchema.shape.width.safeParse(map.get('width'))
  const team = map.get('team')
  return {
    id,
    stance: map.get('stance') === 'bear' ? 'bear' : ('bull' as Stance),
    text: String(map.get('text') ?? ''),
    // A card another client stored with a broken position still lands somewhere, never at NaN.
    x: finiteOr(map.get('x'), 0),
    y: finiteOr(map.get('y'), 0),
    ...(width.success && width.data !== undefined ? { width: width.data } : {}),
    ...validExcerpt(map.get('excerpt')),
    ...(typeof team === 'string' ? { team } : {}),
    authorId: String(map.get('authorId') ?? ''),
    authorName: String(map.get('authorName') ?? ''),
    createdAt: Number(map.get('createdAt') ?? 0),
  }
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/**
 * Parsed excerpts by the stored object. Yjs hands out the same object until the value is replaced,
 * so every read of an unchanged card returns the same excerpt, and views comparing by reference
 * see no change where there is none.
 */
const parsedExcerpts = new WeakMap<object, Excerpt | null>()

/** The excerpt, if the stored value is a well-formed one; a malformed excerpt is left out. */
function validExcerpt(value: unknown): { excerpt?: Excerpt } {
  if (typeof value !== 'object' || value === null) return {}
  let parsed = parsedExcerpts.get(value)
  if (parsed === undefined) {
    const result = excerptSchema.safeParse(value)
    parsed = result.success ? result.data : null
    parsedExcerpts.set(value, parsed)
  }
  return parsed ? { excerpt: parsed } : {}
}

/** All well-formed links whose two ends still exist. */
export function readLinks(doc: Y.Doc): Link[] {
  const { links, cards } = getBoardRoots(doc)
  const result: Link[] = []
  links.forEach((value, id) => {
    const link = value as Partial<Link> | null
    const kind = linkKindSchema.safeParse(link?.kind)
    if (!link || !kind.success || typeof link.from !== 'string' || typeof link.to !== 'string') return
    if (cards.has(link.from) && cards.has(link.to))
      result.push({ id, from: link.from, to: link.to, kind: kind.data })
  })
  return result.sort((a, b) => a.id.localeCompare(b.id))
}
