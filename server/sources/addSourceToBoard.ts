/** Adds an imported article to a live board: a change of the server's own, stored and sent like any edit. */
import { DocName, addSource, getBoardRoots } from '../../shared/board/index.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { Limits } from '../limits/limitsConfig.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { AddSourceToBoard } from './sourcesRouter.ts'

/** The `addSourceToBoard` the import endpoint calls, on the rooms of `registry`. */
export function sourceAdder(
  registry: RoomRegistry,
  limits: Pick<Limits, 'maxSourcesPerBoard'>,
): AddSourceToBoard {
  return (boardId, source) =>
    registry.withRoom(boardId, async (room) => {
      let id = ''
      await room.change(
        DocName.Board,
        (doc) => {
          // Checked inside the change, on the room's queue, so that two imports cannot both pass it.
          if (getBoardRoots(doc).sources.size >= limits.maxSourcesPerBoard)
            throw new BoardError(
              ErrorCode.LimitReached,
              `A board may hold at most ${limits.maxSourcesPerBoard} articles.`,
            )
          id = addSource(doc, source)
        },
        { withinSizeLimit: true },
      )
      return id
    })
}
