/** Puts a new version of an article on a live board, and tells how the cards citing it drifted. */
import { DocName, readCards, readSource } from '../../shared/board/index.ts'
import { replaceSourceText } from '../../shared/board/sourceMutators.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { driftOf, type SourceDrift } from '../../shared/sources/drift.ts'
import type { ImportedArticle } from '../../shared/sources/importedArticle.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'

/** What a new version did: the article's version number now, and the cards that drifted. */
export interface NewVersion {
  version: number
  title: string
  drift: SourceDrift
}

/**
 * Replaces the text of article `sourceId` of board `boardId` (a change of the server's own, stored and
 * sent like any edit) and answers the drift; throws NOT_FOUND when the article is not on the board.
 */
export type ReplaceSourceOnBoard = (
  boardId: string,
  sourceId: string,
  article: Pick<ImportedArticle, 'text' | 'title' | 'blocks' | 'pages'>,
) => Promise<NewVersion>

/** The article's web address, to fetch it again; undefined when it came from a file. */
export type SourceUrlOnBoard = (boardId: string, sourceId: string) => Promise<string | undefined>

/** `replaceSourceOnBoard` on the rooms of `registry`. */
export function sourceReplacer(registry: RoomRegistry): ReplaceSourceOnBoard {
  return (boardId, sourceId, article) =>
    registry.withRoom(boardId, async (room) => {
      let result: NewVersion | undefined
      await room.change(
        DocName.Board,
        (doc) => {
          // Looked up inside the change, on the room's queue: a moderator may remove it meanwhile.
          if (!readSource(doc, sourceId)) throw notFound()
          const version = replaceSourceText(doc, sourceId, {
            text: article.text,
            blocks: article.blocks,
            pages: article.pages,
          })
          const source = readSource(doc, sourceId)!
          result = { version, title: source.title, drift: driftOf(source, readCards(doc)) }
        },
        { withinSizeLimit: true },
      )
      return result!
    })
}

/** `sourceUrlOnBoard` on the rooms of `registry`: the stored URL of an article, to fetch it again. */
export function sourceUrlReader(registry: RoomRegistry): SourceUrlOnBoard {
  return (boardId, sourceId) =>
    registry.withRoom(boardId, async (room) => {
      const source = readSource(room.document(DocName.Board), sourceId)
      if (!source) throw notFound()
      return source.url
    })
}

function notFound() {
  return new BoardError(ErrorCode.NotFound, 'This article is not on the board (any more).')
}
