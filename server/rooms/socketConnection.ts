/** The room's view of a socket.io socket: the adapter between BoardRoom and the transport. */
import { ErrorCode } from '../../shared/errors.ts'
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

/** Wraps a connected socket whose handshake has set its data. */
export function socketConnection(socket: BoardSocket): RoomConnection {
  const { role, participantId } = socket.data
  return {
    id: socket.id,
    role,
    participantId,
    sendSync: (doc, message) => void socket.emit('sync', doc, message),
    sendAwareness: (update) => void socket.emit('awareness', update),
    sendDocuments: (grants) => void socket.emit('documents', grants),
    sendSeat: (seat) => void socket.emit('seat', seat),
    sendError: (error) => {
      // Whichever limit dropped its messages, a socket hears RATE_LIMITED at most once a second.
      if (error.code === ErrorCode.RateLimited) noticeRateLimited(socket, error.message)
      else socket.emit('board-error', error)
    },
    close: () => void socket.disconnect(true),
    group: groupOf(socket.nsp),
  }
}
