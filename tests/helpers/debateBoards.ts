/** Boards that run a debate format, for tests that need phases, teams and drafts. */
import * as Y from 'yjs'
import { SessionDocName } from '../../shared/access.ts'
import type { Format } from '../../shared/debate/formats.ts'
import { initialSession, writeSession } from '../../shared/debate/session.ts'
import { createBoard, destroyBoardDocuments } from '../../server/boards/createBoard.ts'
import type { BoardStore } from '../../server/storage/BoardStore.ts'

/** Creates a blank board and gives it the session of `format`; returns its id and every link's token. */
export async function createDebateBoard(
  server: { store: BoardStore },
  format: Format,
  options: { anonymous?: boolean } = {},
) {
  const { id, tokens, documents } = await createBoard(server.store, {
    title: `A ${format} debate`,
    motion: 'The AI boom is sustainable.',
    template: 'blank',
  })
  destroyBoardDocuments(documents)
  const session = new Y.Doc()
  writeSession(session, initialSession(format, options))
  await server.store.appendUpdate(id, SessionDocName.Session, Y.encodeStateAsUpdate(session))
  session.destroy()
  return { id, tokens }
}
