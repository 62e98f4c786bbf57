/**
 * The presence of a live board: who is here, where their cursor is. Each participant speaks only for
 * the awareness client ids it owns, and what it says is relayed to everyone else in the room.
 */
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { toBytes } from '../../shared/protocol.ts'
import {
  AwarenessOwnership,
  ClaimResult,
  presenceRefusal,
  readAwarenessClientIds,
} from './awarenessOwnership.ts'
import type { RoomConnection } from './RoomConnection.ts'
import type { PresenceSender } from '../cluster/RoomLink.ts'
import { Origin } from './types.ts'

/** How the room shapes presence: what each recipient may see of it, and who said what. */
export interface PresenceHooks {
  /** The update `recipient` receives in place of `update` (an anonymous board strips names). */
  relay(recipient: RoomConnection, update: Uint8Array): Uint8Array
  /** A participant's accepted presence state. */
  onState(connection: RoomConnection, state: unknown): void
  /** The update as the room keeps it: what the server knows of the sender stamped over what it says. */
  stamp(sender: RoomConnection, update: Uint8Array): Uint8Array
  /** An update this node applied and relayed (`left`: its sender's connection is gone), for the other nodes. */
  onRelayed?(update: Uint8Array, sender: PresenceSender, left: boolean): void
}

const PASS_THROUGH: PresenceHooks = {
  relay: (_recipient, update) => update,
  onState: () => {},
  stamp: (_sender, update) => update,
}

export class RoomPresence {
  /** Presence is the board's, not a document's; its own doc only lends it a client id. */
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc())
  private readonly ownership = new AwarenessOwnership()

  constructor(
    private readonly connections: ReadonlyMap<string, RoomConnection>,
    private readonly hooks: PresenceHooks = PASS_THROUGH,
  ) {
    this.awareness.setLocalState(null)
  }

  /** Tells a newcomer who is here. */
  greet(connection: RoomConnection): void {
    const present = [...this.awareness.getStates().keys()]
    if (present.length > 0)
      connection.sendAwareness(
        this.hooks.relay(connection, awarenessProtocol.encodeAwarenessUpdate(this.awareness, present)),
      )
  }

  /** Applies and relays an awareness update; throws a BoardError when it may not be. */
  receive(connection: RoomConnection, payload: unknown): void {
    const bytes = toBytes(payload)
    if (!bytes) throw new BoardError(ErrorCode.MalformedMessage, 'Presence messages must be binary.')
    const clientIds = readAwarenessClientIds(bytes)
    // An update for nobody changes nothing, so there is nothing to relay.
    if (clientIds.length === 0) return
    const claim = this.ownership.claim(connection.id, connection.participantId, clientIds)
    if (claim !== ClaimResult.Granted) throw presenceRefusal(claim)
    const stamped = this.hooks.stamp(connection, bytes)
    awarenessProtocol.applyAwarenessUpdate(this.awareness, stamped, connection.id)
    for (const id of clientIds) this.hooks.onState(connection, this.awareness.getStates().get(id))
    for (const other of this.connections.values())
      if (other !== connection) other.sendAwareness(this.hooks.relay(other, stamped))
    this.hooks.onRelayed?.(stamped, senderOf(connection), false)
  }

  /**
   * Applies and relays presence from a connection on another node, which checked and stamped it. Its
   * ids are bound to the same participant here (as connection "remote:<id>"), so that nobody on this
   * node can speak for them, and the participant can reclaim them when it moves to this node.
   */
  receiveRemote(update: Uint8Array, sender: PresenceSender, left: boolean): void {
    const remoteId = `remote:${sender.connectionId}`
    if (left) this.ownership.release(remoteId)
    else this.ownership.claim(remoteId, sender.participantId, readAwarenessClientIds(update))
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, remoteId)
    for (const other of this.connections.values()) other.sendAwareness(this.hooks.relay(other, update))
  }

  /** Tells the other nodes again who is here (a node that just loaded the board asked). */
  republish(): void {
    for (const connection of this.connections.values()) {
      const ids = this.ownership.ownedBy(connection.id).filter((id) => this.awareness.states.has(id))
      if (ids.length === 0) continue
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)
      this.hooks.onRelayed?.(update, senderOf(connection), false)
    }
  }

  /** Whether a connection speaks for this presence (awareness client id) now. */
  speaksFor(connection: RoomConnection, clientId: number): boolean {
    return this.ownership.speaksFor(connection.id, clientId)
  }

  /** Withdraws the presence a departed connection spoke for, for everyone still here. */
  withdraw(connection: RoomConnection): void {
    // Ids whose presence the client already withdrew have no meta any more.
    const owned = this.ownership.release(connection.id).filter((id) => this.awareness.meta.has(id))
    if (owned.length === 0) return
    awarenessProtocol.removeAwarenessStates(this.awareness, owned, Origin.Server)
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, owned)
    for (const other of this.connections.values()) other.sendAwareness(update)
    this.hooks.onRelayed?.(update, senderOf(connection), true)
  }

  destroy(): void {
    this.awareness.destroy()
  }
}

function senderOf(connection: RoomConnection): PresenceSender {
  return { connectionId: connection.id, participantId: connection.participantId }
}
