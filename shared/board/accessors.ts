/** Read access to a board document: plain snapshots of its meta, sources, cards and links. */
import * as Y from 'yjs'
import { getBoardRoots } from './layout.ts'
import {
  excerptSchema,
  linkKindSchema,
  type BoardMeta,
  type Card,
  type Link,
  type Source,
  type Stance,
} from './schema.ts'

/** The board's meta as a plain object (empty strings and zeros before it is initialised). */
export function readMeta(doc: Y.Doc): BoardMeta {
  const meta = getBoardRoots(doc).meta
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
    ...(typeof url === 'string' ? { url } : {}),
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
  const optional = <T>(key: string, type: 'number' | 'string' | 'object') =>
    typeof map.get(key) === type && map.get(key) !== null ? { [key]: map.get(key) as T } : {}
  return {
    id,
    stance: map.get('stance') === 'bear' ? 'bear' : ('bull' as Stance),
    text: String(map.get('text') ?? ''),
    x: Number(map.get('x') ?? 0),
    y: Number(map.get('y') ?? 0),
    ...optional<number>('width', 'number'),
    ...validExcerpt(map.get('excerpt')),
    ...optional<string>('team', 'string'),
    authorId: String(map.get('authorId') ?? ''),
    authorName: String(map.get('authorName') ?? ''),
    createdAt: Number(map.get('createdAt') ?? 0),
  }
}

/** The excerpt, if the stored value is a well-formed one; a malformed excerpt is left out. */
function validExcerpt(value: unknown) {
  const parsed = excerptSchema.safeParse(value)
  return parsed.success ? { excerpt: parsed.data } : {}
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
