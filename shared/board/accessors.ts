/**
 * Read access to a board document: plain snapshots of its meta, sources, cards and links. Every
 * reader is total: whatever another client stored, it returns a value and never throws.
 */
import * as Y from 'yjs'
import type { z } from '../zod.ts'
import { getBoardRoots, getControlMeta } from './layout.ts'
import { isFiniteNumber, readNumber, readString } from './readValue.ts'
import { readBlocks, readPages } from './sourceStructure.ts'
import {
  CardKind,
  cardInputSchema,
  excerptSchema,
  reviewDateSchema,
  linkKindSchema,
  boardMetaSchema,
  sourceInputSchema,
  sourcePositionSchema,
  sourceVersionSchema,
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
    title: readString(meta.get('title')),
    motion: readString(meta.get('motion')),
    createdAt: readNumber(meta.get('createdAt')),
    schemaVersion: readNumber(meta.get('schemaVersion')),
  }
}

/** One source by id, or undefined. */
export function readSource(doc: Y.Doc, id: string): Source | undefined {
  const map = getBoardRoots(doc).sources.get(id)
  return map instanceof Y.Map ? toSource(id, map) : undefined
}

/** All sources in the moderator's order (by position), then those without a position, oldest first. */
export function readSources(doc: Y.Doc): Source[] {
  const sources: Source[] = []
  getBoardRoots(doc).sources.forEach((map, id) => {
    if (map instanceof Y.Map) sources.push(toSource(id, map))
  })
  const rank = (source: Source) => source.position ?? Number.POSITIVE_INFINITY
  return sources.sort((a, b) => rank(a) - rank(b) || a.addedAt - b.addedAt || a.id.localeCompare(b.id))
}

function toSource(id: string, map: Y.Map<unknown>): Source {
  const url = map.get('url')
  const text = readString(map.get('text'))
  const blocks = readBlocks(map.get('blocks'), text.length)
  const pages = readPages(map.get('pages'), text.length)
  return {
    id,
    title: readString(map.get('title')),
    language: readString(map.get('language')),
    text,
    sha256: readString(map.get('sha256')),
    // Any editor can write the map directly: only a web link is ever handed to an href.
    ...(sourceInputSchema.shape.url.safeParse(url).success && typeof url === 'string' ? { url } : {}),
    addedBy: readString(map.get('addedBy')),
    addedAt: readNumber(map.get('addedAt')),
    ...optionalNumber('position', sourcePositionSchema, map.get('position')),
    ...optionalNumber('version', sourceVersionSchema, map.get('version')),
    ...optionalNumber('updatedAt', boardMetaSchema.shape.createdAt, map.get('updatedAt')),
    ...(blocks ? { blocks } : {}),
    ...(pages ? { pages } : {}),
  }
}

// A field kept only when its stored value is one the schema accepts.
function optionalNumber<K extends string>(key: K, schema: z.ZodType<number>, value: unknown) {
  const parsed = schema.safeParse(value)
  return parsed.success ? ({ [key]: parsed.data } as Record<K, number>) : {}
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
  const phaseId = map.get('phaseId')
  const reviewDate = reviewDateSchema.safeParse(map.get('reviewDate'))
  return {
    id,
    stance: map.get('stance') === 'bear' ? 'bear' : ('bull' as Stance),
    text: readString(map.get('text')),
    // A card another client stored with a broken position still lands somewhere, never at NaN.
    x: readNumber(map.get('x')),
    y: readNumber(map.get('y')),
    ...(width.success && width.data !== undefined ? { width: width.data } : {}),
    ...validExcerpt(map.get('excerpt')),
    ...(typeof team === 'string' ? { team } : {}),
    authorId: readString(map.get('authorId')),
    authorName: readString(map.get('authorName')),
    ...(typeof phaseId === 'string' ? { phaseId } : {}),
    // Anything but a falsifier reads as an argument, the kind every card had before kinds existed.
    ...(map.get('kind') === CardKind.Falsifier ? { kind: CardKind.Falsifier } : {}),
    ...(reviewDate.success ? { reviewDate: reviewDate.data } : {}),
    createdAt: readNumber(map.get('createdAt')),
    ...(hasUnreadableField(map) ? { unreadable: true } : {}),
  }
}

const isString = (value: unknown) => typeof value === 'string'

/**
 * The type each field a card is shown with must have when it is stored. A missing field reads as
 * its default, and an optional one (width, team, excerpt) that is malformed is left out; but a card
 * whose author is an object or whose text is a number was not written by this app, and its
 * defaults would misrepresent it.
 */
const CARD_FIELD_TYPES: Record<string, (value: unknown) => boolean> = {
  stance: isString,
  text: (value) => value instanceof Y.Text || isString(value),
  x: isFiniteNumber,
  y: isFiniteNumber,
  authorId: isString,
  authorName: isString,
  createdAt: isFiniteNumber,
}

function hasUnreadableField(map: Y.Map<unknown>): boolean {
  return Object.entries(CARD_FIELD_TYPES).some(([field, isValid]) => {
    const value = map.get(field)
    return value !== undefined && !isValid(value)
  })
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
