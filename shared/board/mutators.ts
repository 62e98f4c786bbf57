/** Changes to a board document; each runs in one Yjs transaction and validates its input first. */
import * as Y from 'yjs'
import { digest } from 'lib0/hash/sha256'
import { createId } from './ids.ts'
import { getBoardRoots, getControlMeta } from './layout.ts'
import { commonPrefixLength, commonSuffixLength, makeExcerpt } from './excerpt.ts'
import { getCardMap, getCardText, readSource } from './accessors.ts'
import { isHighSurrogate, isLowSurrogate } from './text.ts'
import {
  BOARD_SCHEMA_VERSION,
  CardKind,
  cardInputSchema,
  cardKindSchema,
  reviewDateSchema,
  cardTextSchema,
  linkInputSchema,
  metaInputSchema,
  metaPatchSchema,
  stanceSchema,
  sourceInputSchema,
  type CardInput,
  type LinkInput,
  type MetaInput,
  type MetaPatch,
  type SourceInput,
  type Stance,
} from './schema.ts'

/** The hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return Array.from(digest(new TextEncoder().encode(text)), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Writes a new board's meta into its `control` document: title, motion, creation time, schema version. */
export function initBoard(control: Y.Doc, input: MetaInput, now = Date.now()): void {
  const { title, motion } = metaInputSchema.parse(input)
  control.transact(() => {
    const meta = getControlMeta(control)
    meta.set('title', title)
    meta.set('motion', motion)
    meta.set('createdAt', now)
    meta.set('schemaVersion', BOARD_SCHEMA_VERSION)
  })
}

/** Changes the title and motion in a `control` document (a moderator's right, which the server enforces). */
export function setMeta(control: Y.Doc, input: MetaPatch): void {
  const parsed = metaPatchSchema.parse(input)
  control.transact(() => {
    const meta = getControlMeta(control)
    if (parsed.title !== undefined) meta.set('title', parsed.title)
    if (parsed.motion !== undefined) meta.set('motion', parsed.motion)
  })
}

/** Adds an article; its text never changes afterwards, so excerpt offsets stay valid. Returns its id. */
export function addSource(
  doc: Y.Doc,
  input: SourceInput,
  options: { id?: string; now?: number } = {},
): string {
  const source = sourceInputSchema.parse(input)
  const id = options.id ?? createId()
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(source)) if (value !== undefined) map.set(key, value)
    map.set('sha256', sha256Hex(source.text))
    map.set('addedAt', options.now ?? Date.now())
    getBoardRoots(doc).sources.set(id, map)
  })
  return id
}

/** Adds an argument card. Returns its id. */
export function createCard(
  doc: Y.Doc,
  input: CardInput,
  options: { id?: string; now?: number } = {},
): string {
  const { text, ...fields } = cardInputSchema.parse(input)
  const id = options.id ?? createId()
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value)
    map.set('text', new Y.Text(text))
    map.set('createdAt', options.now ?? Date.now())
    getBoardRoots(doc).cards.set(id, map)
  })
  return id
}

/** The fields of a card made from an excerpt: the excerpt itself is built from the source's text. */
export type CardFromExcerptInput = Omit<CardInput, 'excerpt'> & {
  sourceId: string
  start: number
  end: number
}

/** Adds a card citing the passage [start, end) of a source. Returns its id. */
export function createCardFromExcerpt(
  doc: Y.Doc,
  input: CardFromExcerptInput,
  options: { id?: string; now?: number } = {},
) {
  const { sourceId, start, end, ...card } = input
  const source = readSource(doc, sourceId)
  if (!source) throw new RangeError(`no source ${sourceId} on this board`)
  return createCard(doc, { ...card, excerpt: makeExcerpt(sourceId, source.text, start, end) }, options)
}

/** Moves a card; does nothing if it is gone. */
export function moveCard(doc: Y.Doc, id: string, position: { x: number; y: number }): void {
  const { x, y } = cardInputSchema.pick({ x: true, y: true }).parse(position)
  const map = getCardMap(doc, id)
  if (!map) return
  doc.transact(() => {
    map.set('x', x)
    map.set('y', y)
  })
}

/** Changes a card's stance; does nothing if it is gone. */
export function setCardStance(doc: Y.Doc, id: string, stance: Stance): void {
  const parsed = stanceSchema.parse(stance)
  getCardMap(doc, id)?.set('stance', parsed)
}

/** Makes a card a falsifier or an argument again (an argument keeps no kind nor review date). */
export function setCardKind(doc: Y.Doc, id: string, kind: CardKind): void {
  const parsed = cardKindSchema.parse(kind)
  const map = getCardMap(doc, id)
  if (!map) return
  doc.transact(() => {
    if (parsed === CardKind.Falsifier) map.set('kind', parsed)
    else {
      map.delete('kind')
      map.delete('reviewDate')
    }
  })
}

/** Sets a falsifier's review date ('YYYY-MM-DD'), or removes it (null). */
export function setReviewDate(doc: Y.Doc, id: string, date: string | null): void {
  const map = getCardMap(doc, id)
  if (!map) return
  if (date === null) map.delete('reviewDate')
  else map.set('reviewDate', reviewDateSchema.parse(date))
}

/** Replaces a card's text with the smallest edit, so that concurrent typing elsewhere survives. */
export function setCardText(doc: Y.Doc, id: string, next: string): void {
  cardTextSchema.parse(next)
  const text = getCardText(doc, id)
  if (!text) return
  const current = text.toString()
  if (current === next) return
  const { prefix, suffix } = unchangedEnds(current, next)
  const inserted = next.slice(prefix, next.length - suffix)
  // Insert before deleting: Yjs places an insert after any deleted neighbours, so the other order would
  // let a peer's concurrent typing after the old text land before the replacement.
  doc.transact(() => {
    text.insert(prefix, inserted)
    text.delete(prefix + inserted.length, current.length - prefix - suffix)
  })
}

/** How many UTF-16 units at each end two texts share, never splitting a surrogate pair. */
function unchangedEnds(current: string, next: string) {
  let prefix = commonPrefixLength(current, next)
  if (prefix > 0 && isHighSurrogate(current.charCodeAt(prefix - 1))) prefix--
  let suffix = Math.min(commonSuffixLength(current, next), current.length - prefix, next.length - prefix)
  if (suffix > 0 && isLowSurrogate(current.charCodeAt(current.length - suffix))) suffix--
  return { prefix, suffix }
}

/** Links two existing cards. Returns the link id, or undefined when either card is missing. */
export function linkCards(doc: Y.Doc, input: LinkInput, options: { id?: string } = {}): string | undefined {
  const link = linkInputSchema.parse(input)
  const { cards, links } = getBoardRoots(doc)
  if (!cards.has(link.from) || !cards.has(link.to)) return undefined
  const id = options.id ?? createId()
  links.set(id, { from: link.from, to: link.to, kind: link.kind })
  return id
}

/** Removes a link. */
export function unlinkCards(doc: Y.Doc, linkId: string): void {
  getBoardRoots(doc).links.delete(linkId)
}

/** Deletes cards together with every link that touches them. */
export function deleteCards(doc: Y.Doc, ids: readonly string[]): void {
  const doomed = new Set(ids)
  const { cards, links } = getBoardRoots(doc)
  doc.transact(() => {
    links.forEach((value, linkId) => {
      const link = value as Partial<LinkInput> | null
      if (link && (doomed.has(link.from ?? '') || doomed.has(link.to ?? ''))) links.delete(linkId)
    })
    for (const id of doomed) cards.delete(id)
  })
}

/** Deletes one card together with its links. */
export function deleteCard(doc: Y.Doc, id: string): void {
  deleteCards(doc, [id])
}
