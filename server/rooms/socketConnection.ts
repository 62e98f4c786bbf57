/** The room's view of a socket.io socket: the adapter between BoardRoom and the transport. */
import type { DocumentGrant } from '../../shared/access.ts'
import { ErrorCode, type ErrorPayload } from '../../shared/errors.ts'
import type { Seat } from '../../shared/protocol.ts'
import { noticeRateLimited } from '../limits/rateLimitNotice.ts'
import { emitPrepared } from './preparedFrames.ts'
import type { BroadcastGroup, RoomConnection } from './RoomConnection.ts'
import type { BoardSocket } from './types.ts'

type Namespace = BoardSocket['nsp']

/** One group per namespace, so that the room can tell which connections share it. */
const groups = new WeakMap<Namespace, BroadcastGroup>()

/**
 * The namespace's sockets of a list of ids, local to this process (the room knows only its own
 * sockets), each sent one frame prepared once.
 */
function groupOf(nsp: Namespace): BroadcastGroup {
  let group = groups.get(nsp)
  if (!group) {
    group = {
      sendSync: (ids, doc, message) => emitPrepared(nsp, ids, 'sync', doc, message),
      sendAwareness: (ids, update) => emitPrepared(nsp, ids, 'awareness', update),
    }
    groups.set(nsp, group)
  }
  return group
}

/**
 * A connected socket as the room sees it. A class, not an object of closures: its methods live once
 * on the prototype instead of six times per socket (memory per idle connection, issue 12).
 */
class SocketConnection implements RoomConnection {
  readonly id: string
  readonly role: RoomConnection['role']
  readonly participantId: string
  readonly group: BroadcastGroup

  constructor(private readonly socket: BoardSocket) {
    this.id = socket.id
    this.role = socket.data.role
    this.participantId = socket.data.participantId
    this.group = groupOf(socket.nsp)
  }

  sendSync(doc: string, message: Uint8Array) {
    this.socket.emit('sync', doc, message)
  }

  sendAwareness(update: Uint8Array) {
    this.socket.emit('awareness', update)
  }

  sendDocuments(grants: DocumentGrant[]) {
    this.socket.emit('documents', grants)
  }

  sendSeat(seat: Seat) {
    this.socket.emit('seat', seat)
  }

  sendError(error: ErrorPayload) {
    // Whichever limit dropped its messages, a socket hears RATE_LIMITED at most once a second.
    if (error.code === ErrorCode.RateLimited) noticeRateLimited(this.socket, error.message)
    else this.socket.emit('board-error', error)
  }

  close() {
    this.socket.disconnect(true)
  }
}

/** Wraps a connected socket whose handshake has set its data. */
export function socketConnection(socket: BoardSocket): RoomConnection {
  return new SocketConnection(socket)
}
