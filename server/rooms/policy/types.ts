/** The types the update policy shares between its checks, and what it asks of the room. */
import type * as Y from 'yjs'
import type { DocumentSchema } from '../../../shared/board/documentSchemas.ts'
import type { BoardChange, ChangeTarget } from '../../../shared/debate/boardRules.ts'
import type { ErrorPayload } from '../../../shared/errors.ts'
import type { Limits } from '../../limits/limitsConfig.ts'

/** The limits an update is checked against. */
export type UpdateLimits = Pick<
  Limits,
  'maxUpdateBytes' | 'maxDocumentBytes' | 'maxCardsPerBoard' | 'maxSourcesPerBoard'
>

/** The owner of the client ids found in stored state that no participant has claimed. */
export const SERVER_OWNER = 'server'

/** What the room knows about the document and the sender, for one update. */
export interface UpdateContext {
  /** What the document may hold: its roots and the rule for every value (from shared/). */
  schema: DocumentSchema
  /** The participant id of the sender. */
  writer: string
  /**
   * Who owns a Yjs client id: a participant id, SERVER_OWNER for ids in stored state nobody
   * claimed, or undefined when nobody has written with it yet.
   */
  ownerOf: (clientId: number) => string | undefined
  /** Bytes the document holds in storage now. */
  documentBytes: number
  /**
   * Live entries of a capacity-limited root map, kept incrementally by the room.
   * NOTE: not Y.Map#size, which walks the whole map.
   */
  countEntries: (root: string) => number
  limits: UpdateLimits
  /**
   * The debate's rules for the sender, in a document that follows BOARD_DOCUMENT_SCHEMA: each
   * change the update makes (boardChanges.ts) is judged, and the first refused refuses the update.
   * Absent, no change is judged (the control document; an update the server makes).
   */
  changes?: ChangeRules
}

/** The debate's rules (shared/debate/boardRules.ts) bound to the session, the sender and the document. */
export interface ChangeRules {
  /** The document the update lands in: the board, or a drafts document. */
  target: ChangeTarget
  /** Why the sender may not make `change` now, or null when it may. */
  refuse(change: BoardChange): ErrorPayload | null
}

/** An update as Y.decodeUpdate returns it. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>

/** What the room does with an update that passed every check. */
export type UpdateVerdict =
  | { kind: 'adds-nothing' }
  | {
      kind: 'apply'
      /** Client ids this update writes new structs with that nobody owned yet: now the writer's. */
      newClientIds: number[]
      decoded: DecodedUpdate
    }

/** One struct of a decoded update. */
export type Struct = Y.Item | Y.GC | Y.Skip
/** The structs of an update by client, each list in clock order. */
export type StructIndex = Map<number, Struct[]>
