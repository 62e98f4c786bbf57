/**
 * What an inbound update must satisfy before the server applies it to one document of a board.
 * Checks run on the decoded update against that document, so nothing is applied that could leave
 * it unusable: its structure, who wrote it, where every item lands and what every value is; then,
 * given the debate's rules for the sender, whether each change it makes is allowed now.
 * NOTE: this is the hot path. Every check is linear (or n·log n) in the size of the update and looks
 * the document up by id; none walks the whole document. Who may write the document at all is the
 * room's check, made before this one.
 */
import type * as Y from 'yjs'
import type { BoardChange } from '../../../shared/debate/boardRules.ts'
import { BoardError, ErrorCode } from '../../../shared/errors.ts'
import { addsNothing } from './addsNothing.ts'
import { listBoardChanges } from './boardChanges.ts'
import { checkCapacity } from './capacity.ts'
import { checkOwnership } from './ownership.ts'
import { checkPlacesAndValues } from './placesAndValues.ts'
import { checkStructure } from './structure.ts'
import { decodeOrThrow, indexStructs } from './structs.ts'
import { checkTextLengths } from './textLengths.ts'
import type { ChangeRules, UpdateContext, UpdateVerdict } from './types.ts'

export { SERVER_OWNER } from './types.ts'
export type { ChangeRules, DecodedUpdate, UpdateContext, UpdateLimits, UpdateVerdict } from './types.ts'
export { listBoardChanges } from './boardChanges.ts'
export { countMapEntriesDelta } from './countMapEntries.ts'

/**
 * Throws a BoardError (TOO_LARGE, MALFORMED_MESSAGE, UPDATE_REFUSED with the reason, FORBIDDEN,
 * PHASE_LOCKED, LIMIT_REACHED) when `update` may not be applied to `doc`; says 'adds-nothing' when it holds no
 * change at all, so that it need not be stored or broadcast.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, context: UpdateContext): UpdateVerdict {
  const { limits } = context
  if (update.length > limits.maxUpdateBytes) {
    throw new BoardError(ErrorCode.TooLarge, `An update may hold at most ${limits.maxUpdateBytes} bytes.`)
  }
  const decoded = decodeOrThrow(update)
  // Every handshake's step 2 carries the peer's whole delete set: most of them change nothing, and
  // are neither stored nor broadcast.
  if (addsNothing(doc, decoded)) return { kind: 'adds-nothing' }
  if (context.documentBytes + update.length > limits.maxDocumentBytes) {
    throw new BoardError(ErrorCode.LimitReached, 'This board has reached its size limit.')
  }
  const index = indexStructs(update, decoded.structs)
  const newClientIds = checkOwnership(doc, index, context)
  const order = checkStructure(doc, decoded, index)
  const writes = checkPlacesAndValues(doc, index, order, context.schema)
  checkTextLengths(doc, decoded, index, writes)
  if (context.changes) checkChanges(context.changes, listBoardChanges(doc, decoded, order, writes))
  checkCapacity(writes.newEntries, context)
  return { kind: 'apply', newClientIds, decoded }
}

/** Refuses the update with the reason of the first change the debate's rules refuse. */
function checkChanges(rules: ChangeRules, changes: readonly BoardChange[]): void {
  for (const change of changes) {
    const error = rules.refuse(change)
    if (error) throw new BoardError(error.code, error.message)
  }
}
