/** The refusals a room answers with, and the sync codec wrapped so that bad bytes are a refusal. */
import type * as Y from 'yjs'
import { DocName } from '../../shared/board/layout.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { decodeSyncMessage } from '../../shared/protocol.ts'
import { encodeStep2Slices } from './step2Slices.ts'
import type { RoomConnection } from './RoomConnection.ts'

/** Why a connection may not write a document. */
export function writeRefusal(doc: string): string {
  return doc === DocName.Control
    ? 'Only a moderator can change the board title and motion.'
    : 'This link can only view the board.'
}

/** The board could not be stored: its room closed. */
export function unavailable() {
  return new BoardError(
    ErrorCode.BoardUnavailable,
    'The server could not save this board and closed it. Try again in a moment: the edits on this page are kept and sent again.',
  )
}

/** The board's stored state could not be loaded. */
export function unavailableToLoad() {
  return new BoardError(ErrorCode.BoardUnavailable, 'This board could not be loaded. Try again later.')
}

/** Tells a connection why its room closed, then closes it. */
export function closeUnavailable(connection: RoomConnection, reason = unavailable()) {
  connection.sendError(reason.toPayload())
  connection.close()
}

/** A message the room cannot read. */
export function malformed(message: string) {
  return new BoardError(ErrorCode.MalformedMessage, message)
}

/** A message this connection may not send. */
export function forbidden(message: string) {
  return new BoardError(ErrorCode.Forbidden, message)
}

/** Decodes a sync message; bad bytes are MALFORMED_MESSAGE. */
export function decodeMessage(bytes: Uint8Array) {
  try {
    return decodeSyncMessage(bytes)
  } catch {
    throw malformed('The sync message could not be decoded.')
  }
}

/** Answers a step 1, a big answer in slices (see step2Slices); a bad state vector is MALFORMED_MESSAGE. */
export function encodeStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array[] {
  try {
    return encodeStep2Slices(doc, stateVector)
  } catch {
    throw malformed('The state vector could not be decoded.')
  }
}
