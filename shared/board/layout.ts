/**
 * The Yjs layout of a board. A board is several documents, each with its own read and write rule
 * (shared/access.ts): `board` holds the arguments (sources, cards, links) that editors write, and
 * `control` holds what only moderators write (title, motion; later phases and timers).
 */
import * as Y from 'yjs'
import { z } from '../zod.ts'

/** The names of a board's documents. */
export const DocName = { Board: 'board', Control: 'control' } as const
export type DocName = (typeof DocName)[keyof typeof DocName]

/** A document name on the wire: `board`, `control`, or a private one such as `drafts/bull`. */
export const docNameSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}(\/[a-z0-9-]{1,64})?$/)

/** The names of the root types a board's documents hold. */
export const RootType = { Meta: 'meta', Sources: 'sources', Cards: 'cards', Links: 'links' } as const
export type RootType = (typeof RootType)[keyof typeof RootType]

/** The three root maps of a `board` document. */
export interface BoardRoots {
  sources: Y.Map<Y.Map<unknown>>
  cards: Y.Map<Y.Map<unknown>>
  links: Y.Map<unknown>
}

/** Returns the root maps of a `board` document, creating them on first access. */
export function getBoardRoots(doc: Y.Doc): BoardRoots {
  return {
    sources: doc.getMap(RootType.Sources),
    cards: doc.getMap(RootType.Cards),
    links: doc.getMap(RootType.Links),
  }
}

/** Returns the meta map of a `control` document: title, motion, creation time, schema version. */
export function getControlMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(RootType.Meta)
}
