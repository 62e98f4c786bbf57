/**
 * What a room tells the other nodes, and asks of them: the one seam between BoardRoom and the
 * cluster. Without REDIS_URL a room has no link and behaves exactly as on a single node.
 */

/** Who sent a presence update on this node, so that other nodes bind its ids to the same participant. */
export interface PresenceSender {
  connectionId: string
  participantId: string
}

export interface RoomLink {
  /** An update this node accepted and stored (`writer`: the participant, or undefined for the server). */
  publishUpdate(boardId: string, doc: string, update: Uint8Array, writer: string | undefined): void
  /** A presence update this node applied (stamped, as relayed here); `left` when its connection is gone. */
  publishPresence(boardId: string, update: Uint8Array, sender: PresenceSender, left: boolean): void
  /** True on exactly one node for `key` (a timer's end): the one that should act on it. */
  claimOnce(key: string): Promise<boolean>
}
