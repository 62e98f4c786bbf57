/**
 * Sending one message to many connections: those of one transport together, so that it is encoded
 * once (socket.io encodes a broadcast once and writes the same frame to every socket), the others
 * one by one.
 */
import type { BroadcastGroup, RoomConnection } from './RoomConnection.ts'

type Send = (group: BroadcastGroup, ids: string[]) => void

function fanOut(recipients: Iterable<RoomConnection>, one: (c: RoomConnection) => void, many: Send) {
  const byGroup = new Map<BroadcastGroup, RoomConnection[]>()
  for (const connection of recipients) {
    const { group } = connection
    if (!group) {
      one(connection)
      continue
    }
    let members = byGroup.get(group)
    if (!members) byGroup.set(group, (members = []))
    members.push(connection)
  }
  for (const [group, members] of byGroup) {
    // A single recipient needs no broadcast machinery.
    if (members.length === 1) one(members[0]!)
    else
      many(
        group,
        members.map(({ id }) => id),
      )
  }
}

/** Sends one sync message of `doc` to every recipient. */
export function sendSyncToEach(recipients: Iterable<RoomConnection>, doc: string, message: Uint8Array): void {
  fanOut(
    recipients,
    (connection) => connection.sendSync(doc, message),
    (group, ids) => group.sendSync(ids, doc, message),
  )
}

/** Sends one awareness update to every recipient. */
export function sendAwarenessToEach(recipients: Iterable<RoomConnection>, update: Uint8Array): void {
  fanOut(
    recipients,
    (connection) => connection.sendAwareness(update),
    (group, ids) => group.sendAwareness(ids, update),
  )
}
