/** The events nodes send one another through the Redis Streams adapter (io.serverSideEmit), typed once. */
import type { Role } from '../../shared/access.ts'
import type { PresenceSender } from './RoomLink.ts'

export interface InterServerEvents {
  /** An update one node accepted and stored; `writer` is the participant (null: the server's own change). */
  'board-update': (boardId: string, doc: string, update: Uint8Array, writer: string | null) => void
  /** A presence update one node applied and relayed; `left` when its connection is gone. */
  'board-presence': (boardId: string, update: Uint8Array, sender: PresenceSender, left: boolean) => void
  /** A node has just loaded a board: the others publish the presence they hold on it again. */
  'presence-wanted': (boardId: string) => void
  /** A role's token was replaced: every node disconnects the sockets that joined with the old one. */
  'revoke-role': (boardId: string, role: Role) => void
}
