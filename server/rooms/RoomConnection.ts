/**
 * What a room knows of a connection: who it is and how to send to it. The room never sees the
 * transport (tldraw's TLRoomSocket, Hocuspocus' WebSocketLike), so tests drive rooms in-process.
 */
import type { DocumentGrant, Role } from '../../shared/access.ts'
import type { ErrorPayload } from '../../shared/errors.ts'
import type { Seat } from '../../shared/protocol.ts'

export interface RoomConnection {
  /** Unique among the room's connections. */
  readonly id: string
  readonly role: Role
  /** The hash of the participant key this connection presented (or an id of its own without one). */
  readonly participantId: string
  /** Sends a y-protocols sync message of one document. */
  sendSync(doc: string, message: Uint8Array): void
  /** Sends a y-protocols awareness update. */
  sendAwareness(update: Uint8Array): void
  /** Tells the connection who it is on the board (role, team, author id, drafts). */
  sendSeat(seat: Seat): void
  /** Announces the documents this connection may read. */
  sendDocuments(grants: DocumentGrant[]): void
  /** Tells the connection that something it sent was refused. */
  sendError(error: ErrorPayload): void
  /** Closes the connection from the server's side. */
  close(): void
  /** The transport's broadcast, when it has one: what the room sends to many goes through it once. */
  readonly group?: BroadcastGroup
}

/**
 * Connections that one message can be sent to together, encoded once (socket.io's broadcast).
 * NOTE: it reaches exactly the ids given; the room decides who may read what.
 */
export interface BroadcastGroup {
  sendSync(connectionIds: string[], doc: string, message: Uint8Array): void
  sendAwareness(connectionIds: string[], update: Uint8Array): void
}
