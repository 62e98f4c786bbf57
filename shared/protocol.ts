/**
 * The wire protocol: standard y-protocols sync and awareness messages as binary payloads of typed
 * socket.io events. A board is several Yjs documents multiplexed over one socket, so each sync
 * message travels with its document's name (as Hocuspocus does). Every event name and payload type
 * is declared here, once, for both ends.
 */
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import type { DocumentGrant, Role, Team } from './access.ts'
import type { VoteResult } from './debate/ballots.ts'
import type { FacilitationResult } from './debate/facilitation.ts'
import { z } from './zod.ts'
import { boardIdSchema } from './board/schema.ts'
import type { ErrorPayload } from './errors.ts'

/** Bumped on any incompatible change to the events or their payloads. */
export const PROTOCOL_VERSION = 3

/** The socket.io path the server listens on. */
export const SOCKET_PATH = '/socket.io'

/** Events the server sends. */
export interface ServerToClientEvents {
  /** A y-protocols sync message (step 1, step 2 or update) for the named document. */
  sync: (doc: string, message: Uint8Array) => void
  /**
   * The documents this connection may read, and whether it may write each: sent when it joins,
   * before their sync step 1s, and again whenever the list changes.
   */
  documents: (grants: DocumentGrant[]) => void
  /** Who this connection is on the board: sent when it joins, and again whenever it changes. */
  seat: (seat: Seat) => void
  /** A y-protocols awareness update. */
  awareness: (update: Uint8Array) => void
  /** Something the client sent was refused; the connection stays open unless said otherwise. */
  'board-error': (error: ErrorPayload) => void
}

/** Events a client sends. */
export interface ClientToServerEvents {
  sync: (doc: string, message: Uint8Array) => void
  awareness: (update: Uint8Array) => void
  /** A moderator action (shared/debate/facilitation.ts); acknowledged once applied or refused. */
  facilitate: (action: unknown, ack: (result: FacilitationResult) => void) => void
  /**
   * A participant's ballot (shared/debate/ballots.ts); acknowledged with the voter's own ballots once
   * stored, or refused. Ballots never travel back to anyone else.
   */
  vote: (ballot: unknown, ack: (result: VoteResult) => void) => void
  /** Asks for the voter's own ballots (after a reload or a reconnection): never anyone else's. */
  ownBallots: (ack: (result: VoteResult) => void) => void
  /** Asks the server's clock, so that every client shows the same time left on the timer. */
  clock: (ack: (serverNow: number) => void) => void
}

/** Who a connection is on the board, as the server decided: its link's role, its team, its ids. */
export interface Seat {
  role: Role
  /** The team the link or the moderator put this participant on. */
  team: Team | null
  /** The id this participant's cards carry on this board (the server checks it). */
  authorId: string
  /** The participant's id, by which the moderator assigns teams. */
  participantId: string
  /** The drafts document this participant writes in private phases, if any. */
  drafts: string | null
}

/** A participant key: 128 to 512 random bits, base64url. */
export const participantKeySchema = z.string().regex(/^[A-Za-z0-9_-]{22,86}$/)

/** What a client presents when it connects (socket.io's `auth`). */
export const handshakeSchema = z.object({
  protocolVersion: z.number().int(),
  boardId: boardIdSchema,
  token: z.string().max(256).optional(),
  /**
   * The participant's secret key, kept by the browser (or a bot) across visits: the server stores
   * only its hash and binds the participant's edits and presence to it.
   */
  participantKey: participantKeySchema.optional(),
})
/** A validated handshake. */
export type Handshake = z.infer<typeof handshakeSchema>

/** The kinds of y-protocols sync message. */
export const SyncMessageType = {
  Step1: syncProtocol.messageYjsSyncStep1,
  Step2: syncProtocol.messageYjsSyncStep2,
  Update: syncProtocol.messageYjsUpdate,
} as const

/** A decoded sync message. */
export type SyncMessage =
  | { type: typeof SyncMessageType.Step1; stateVector: Uint8Array }
  | { type: typeof SyncMessageType.Step2 | typeof SyncMessageType.Update; update: Uint8Array }

/** Sync step 1: "here is my state vector, send me what I lack". */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

/** Sync step 2: everything in `doc` that a peer with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  syncProtocol.writeSyncStep2(encoder, doc, stateVector)
  return encoding.toUint8Array(encoder)
}

/** An incremental update message. */
export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** Decodes a sync message; throws on anything that is not exactly one well-formed message. */
export function decodeSyncMessage(message: Uint8Array): SyncMessage {
  const decoder = decoding.createDecoder(message)
  const type = decoding.readVarUint(decoder)
  const payload = decoding.readVarUint8Array(decoder)
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the sync message')
  switch (type) {
    case SyncMessageType.Step1:
      return { type, stateVector: payload }
    case SyncMessageType.Step2:
    case SyncMessageType.Update:
      return { type, update: payload }
    default:
      throw new Error(`unknown sync message type ${type}`)
  }
}

/**
 * The bytes of a binary socket.io payload, whatever form the transport delivered them in
 * (Buffer in Node, ArrayBuffer in the browser); null for anything else.
 */
export function toBytes(payload: unknown): Uint8Array | null {
  if (payload instanceof Uint8Array) return payload
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload)
  return null
}
