/** Client-id ownership: new structs only under the writer's own client ids, or ids nobody owns yet. */
import * as Y from 'yjs'
import { BoardError, ErrorCode } from '../../../shared/errors.ts'
import type { StructIndex, UpdateContext } from './types.ts'

/**
 * Refuses the whole update (FORBIDDEN) when it adds a struct under a client id that another
 * participant, or the server, owns; returns the unowned client ids it adds structs under.
 * NOTE: "adds" means any clock at or past the document's state for that client. A struct that only
 * partly overlaps known state is new: Yjs integrates its new part after the known struct before
 * it, so a forged item overlapping the end of a moderator's history would land among the
 * moderator's edits (the overlap attack). Structs wholly known are harmless duplicates, as in a
 * re-sent handshake, whoever wrote them.
 */
export function checkOwnership(
  doc: Y.Doc,
  index: StructIndex,
  context: Pick<UpdateContext, 'writer' | 'ownerOf'>,
): number[] {
  const newClientIds: number[] = []
  for (const [client, structs] of index) {
    const last = structs.at(-1)!
    if (last.id.clock + last.length <= Y.getState(doc.store, client)) continue
    const owner = context.ownerOf(client)
    if (owner === undefined) newClientIds.push(client)
    else if (owner !== context.writer)
      throw new BoardError(ErrorCode.Forbidden, "This edit was written under another participant's identity.")
  }
  return newClientIds
}
