/** The Yjs layout of a board: four root maps, and typed access to them. */
import * as Y from 'yjs'

/** The names of the board document's root types; an update may touch no other root. */
export const RootType = { Meta: 'meta', Sources: 'sources', Cards: 'cards', Links: 'links' } as const
export type RootType = (typeof RootType)[keyof typeof RootType]
/** The root names an update may write to; the server refuses any other. */
export const ROOT_TYPE_NAMES: ReadonlySet<string> = new Set(Object.values(RootType))

/** The four root maps of a board document. */
export interface BoardRoots {
  meta: Y.Map<unknown>
  sources: Y.Map<Y.Map<unknown>>
  cards: Y.Map<Y.Map<unknown>>
  links: Y.Map<unknown>
}

/** Returns the root maps of `doc`, creating them on first access. */
export function getBoardRoots(doc: Y.Doc): BoardRoots {
  return {
    meta: doc.getMap(RootType.Meta),
    sources: doc.getMap(RootType.Sources),
    cards: doc.getMap(RootType.Cards),
    links: doc.getMap(RootType.Links),
  }
}
