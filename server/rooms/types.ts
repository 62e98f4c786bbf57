/** The typed socket.io server and socket, shared by the connection handling and the rooms. */
import type { Server, Socket } from 'socket.io'
import type { Role } from '../../shared/access.ts'
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol.ts'
import type { InterServerEvents } from '../cluster/clusterEvents.ts'

export interface SocketData {
  boardId: string
  role: Role
  /** The hash of the token this socket presented, so that rotating it can find the socket. */
  tokenHash: string | undefined
  /** The hash of the participant key it presented, or an id of its own when it presented none. */
  participantId: string
}

export type BoardServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>
export type BoardSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>

/** Tags on Yjs transactions, so observers can tell who changed what. */
export const Origin = { Storage: 'storage', Server: 'server', RemoteNode: 'remote-node' } as const
