/** Everything an export is made from, read once from a live board's documents. */
import type * as Y from 'yjs'
import { SessionDocName } from '../../shared/access.ts'
import {
  DocName,
  readCards,
  readLinks,
  readMeta,
  readSources,
  type BoardMeta,
  type Card,
  type Link,
  type Source,
} from '../../shared/board/index.ts'
import { readSession, type SessionState } from '../../shared/debate/session.ts'
import type { BoardRoom } from '../rooms/BoardRoom.ts'
import { optionalDocument } from '../rooms/optionalDocument.ts'

/** A board's content as plain values; `session` is absent on a free board. */
export interface BoardContent {
  id: string
  meta: BoardMeta
  session?: SessionState
  sources: Source[]
  /** The cards people made: a card whose stored fields are unreadable is left out of every export. */
  cards: Card[]
  links: Link[]
}

/** What a board document holds, as every reader may read it. */
export type BoardParts = Pick<BoardContent, 'sources' | 'cards' | 'links'>

/** Reads a room's board, control and session documents. */
export function readBoardContent(id: string, room: BoardRoom): BoardContent {
  const session = optionalDocument(room, SessionDocName.Session)
  return {
    id,
    meta: readMeta(room.document(DocName.Control)),
    ...(session ? { session: readSession(session) } : {}),
    ...readBoardParts(room.document(DocName.Board)),
  }
}

/**
 * The articles, cards and links of a board document (the live one, or a replay snapshot's):
 * unreadable cards and links to cards not there are left out.
 */
export function readBoardParts(board: Y.Doc): BoardParts {
  const cards = readCards(board).filter((card) => !card.unreadable)
  const ids = new Set(cards.map((card) => card.id))
  return {
    sources: readSources(board),
    cards,
    links: readLinks(board).filter((link) => ids.has(link.from) && ids.has(link.to)),
  }
}
