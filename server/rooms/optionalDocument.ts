/** Reading a document a board may lack: boards made before the `session` and `roster` documents existed. */
import type * as Y from 'yjs'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { BoardRoom } from './BoardRoom.ts'

/** A document of a room, or undefined when the board has none. */
export function optionalDocument(room: BoardRoom, name: string): Y.Doc | undefined {
  try {
    return room.document(name)
  } catch (error) {
    if (error instanceof BoardError && error.code === ErrorCode.NotFound) return undefined
    throw error
  }
}
