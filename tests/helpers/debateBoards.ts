/** Boards that run a debate format, for tests that need phases, teams and drafts. */
import type { Format } from '../../shared/debate/formats.ts'
import { createBoard, destroyBoardDocuments } from '../../server/boards/createBoard.ts'
import type { BoardStore } from '../../server/storage/BoardStore.ts'

/**
 * Creates a board without articles running `format` (its session written at creation, as
 * `POST /api/boards` does); returns its id and every link's token.
 */
export async function createDebateBoard(
  server: { store: BoardStore },
  format: Format,
  options: { anonymous?: boolean } = {},
) {
  const { id, tokens, documents } = await createBoard(server.store, {
    title: `A ${format} debate`,
    motion: 'The AI boom is sustainable.',
    articles: 'none',
    format,
    ...options,
  })
  destroyBoardDocuments(documents)
  return { id, tokens }
}
