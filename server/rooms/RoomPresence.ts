/**
 * The presence of a live board: who is here, where their cursor is. Each participant speaks only for
 * the awareness client ids it owns, and what it says is relayed to everyone else in the room.
 */
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { toBytes } from '../../shared/protocol.ts'
import {
  applyAwarenessEntries,
  currentEntries,
  encodeAwarenessEntries,
  joinAwarenessEntries,
  readAwarenessEntries,
  type AwarenessEntry,
} from './awarenessEntries.ts'
import { AwarenessOwnership, ClaimResult, presenceRefusal } from './awarenessOwnership.ts'
import { EncodedPresence } from './encodedPresence.ts'
import { sendAwarenessToEach } from './fanOut.ts'
import { PresenceBatch } from './presenceBatch.ts'
import { presenceCadence } from './presenceCadence.ts'
import { RelayedPresence } from './relayedPresence.ts'
import type { RoomConnection } from './RoomConnection.ts'
import type { PresenceSender } from '../cluster/RoomLink.ts'
import { Origin } from './types.ts'

/** How a recipient sees other people's presence states; recipients with the same view share one update. */
export type StateView = (state: unknown) => unknown

/** How the room shapes presence: what each recipient may see of it, and who said what. */
export interface PresenceHooks {
  /** How `recipient` sees others' states (an anonymous board strips names); undefined: as they are. */
  view(recipient: RoomConnection): StateView | undefined
  /** A participant's accepted presence state. */
  onState(connection: RoomConnection, state: unknown): void
  /** A state as the room keeps it: what the server knows of the sender stamped over what it says. */
  stamp(sender: RoomConnection, state: unknown): unknown
  /** An update this node applied (`left`: its sender's connection is gone), for the other nodes. */
  onRelayed?(update: Uint8Array, sender: PresenceSender, left: boolean): void
}

const PASS_THROUGH: PresenceHooks = {
  view: () => undefined,
  onState: () => {},
  stamp: (_sender, state) => state,
}

export class RoomPresence {
  /** Presence is the board's, not a document's; its own doc only lends it a client id. */
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc())
  private readonly ownership = new AwarenessOwnership()
  private readonly batch: PresenceBatch
  private readonly relayedPresence = new RelayedPresence()
  private readonly encoded = new EncodedPresence(this.awareness)

  constructor(
    private readonly connections: ReadonlyMap<string, RoomConnection>,
    private readonly hooks: PresenceHooks = PASS_THROUGH,
  ) {
    this.awareness.setLocalState(null)
    this.batch = new PresenceBatch(
      () => this.connections.size,
      (clientIds) => this.relay(clientIds),
    )
    this.awareness.on('update', this.onTimeout)
  }

  /** Tells a newcomer who is here. */
  greet(connection: RoomConnection): void {
    const view = this.hooks.view(connection)
    const parts: Uint8Array[] = []
    for (const clientId of this.awareness.states.keys()) {
      const part = this.encoded.entry(clientId, view)
      if (part) parts.push(part)
    }
    if (parts.length > 0) connection.sendAwareness(joinAwarenessEntries(parts))
  }

  /** Applies an awareness update, to be relayed with the room's next batch; throws a BoardError when it may not be. */
  receive(connection: RoomConnection, payload: unknown): void {
    const bytes = toBytes(payload)
    if (!bytes) throw new BoardError(ErrorCode.MalformedMessage, 'Presence messages must be binary.')
    const entries = readAwarenessEntries(bytes)
    // An update for nobody changes nothing, so there is nothing to relay.
    if (entries.length === 0) return
    const claim = this.ownership.claim(
      connection.id,
      connection.participantId,
      entries.map((entry) => entry.clientId),
    )
    if (claim !== ClaimResult.Granted) throw presenceRefusal(claim)
    const stamped = entries.map((entry) => this.stamped(connection, entry))
    const changed = applyAwarenessEntries(this.awareness, stamped)
    for (const { clientId } of stamped)
      this.hooks.onState(connection, this.awareness.getStates().get(clientId))
    this.relayLater(changed)
    // Renewals too, unfiltered: the other nodes time presence out by them.
    this.hooks.onRelayed?.(encodeAwarenessEntries(stamped), senderOf(connection), false)
  }

  /**
   * Applies presence from a connection on another node, which checked and stamped it, and relays it
   * with the next batch. Its ids are bound to the same participant here (as connection
   * "remote:<id>"), so that nobody on this node can speak for them, and the participant can reclaim
   * them when it moves to this node.
   */
  receiveRemote(update: Uint8Array, sender: PresenceSender, left: boolean): void {
    const remoteId = `remote:${sender.connectionId}`
    const entries = readAwarenessEntries(update)
    if (left) this.ownership.release(remoteId)
    else
      this.ownership.claim(
        remoteId,
        sender.participantId,
        entries.map((entry) => entry.clientId),
      )
    this.relayLater(applyAwarenessEntries(this.awareness, entries))
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

  /** Withdraws the presence a departed connection spoke for, for everyone still here (with the next batch). */
  withdraw(connection: RoomConnection): void {
    // Ids whose presence the client already withdrew have no meta any more.
    const owned = this.ownership.release(connection.id).filter((id) => this.awareness.meta.has(id))
    if (owned.length === 0) return
    awarenessProtocol.removeAwarenessStates(this.awareness, owned, Origin.Server)
    this.batch.add(owned)
    const update = encodeAwarenessEntries(currentEntries(this.awareness, owned))
    this.hooks.onRelayed?.(update, senderOf(connection), true)
  }

  /** Relays everyone's presence again with the next batch: how recipients see it changed. */
  relayAll(): void {
    this.batch.add([...this.awareness.states.keys()])
  }

  destroy(): void {
    this.awareness.off('update', this.onTimeout)
    this.batch.destroy()
    this.awareness.destroy()
  }

  /** Queues the applied `clientIds` that are worth relaying: changes, and renewals when due. */
  private relayLater(clientIds: readonly number[]): void {
    const { renewalMs } = presenceCadence(this.connections.size)
    this.batch.add(this.relayedPresence.due(this.awareness.states, clientIds, renewalMs))
  }

  /**
   * A presence nobody renewed for 30 s (y-protocols' own check on the room's awareness) is relayed
   * as gone: clients keep what the server relayed alive for as long as they are connected, since a
   * big room does not relay every renewal.
   */
  private readonly onTimeout = ({ removed }: { removed: number[] }, origin: unknown) => {
    if (origin === 'timeout') this.batch.add(removed)
  }

  private stamped(sender: RoomConnection, entry: AwarenessEntry): AwarenessEntry {
    return entry.state === null ? entry : { ...entry, state: this.hooks.stamp(sender, entry.state) }
  }

  /**
   * Sends the latest states of `clientIds` to everyone here, each seeing them through its view and
   * without the ids it speaks for itself; recipients that get the same bytes get them as one broadcast.
   */
  private relay(clientIds: number[]): void {
    const entries = currentEntries(this.awareness, clientIds)
    if (entries.length === 0) return
    this.relayedPresence.relayed(this.awareness.states, clientIds)
    const changed = new Set(clientIds)
    const partsByView = new Map<StateView | undefined, Uint8Array[]>()
    const shared = new Map<StateView | undefined, RoomConnection[]>()
    for (const recipient of this.connections.values()) {
      const view = this.hooks.view(recipient)
      let parts = partsByView.get(view)
      if (!parts)
        partsByView.set(view, (parts = entries.map((entry) => this.encoded.entry(entry.clientId, view)!)))
      const own = new Set(this.ownership.ownedBy(recipient.id).filter((id) => changed.has(id)))
      if (own.size === 0) {
        const together = shared.get(view)
        if (together) together.push(recipient)
        else shared.set(view, [recipient])
        continue
      }
      const others = parts.filter((_part, i) => !own.has(entries[i]!.clientId))
      if (others.length > 0) recipient.sendAwareness(joinAwarenessEntries(others))
    }
    for (const [view, recipients] of shared)
      sendAwarenessToEach(recipients, joinAwarenessEntries(partsByView.get(view)!))
  }
}

function senderOf(connection: RoomConnection): PresenceSender {
  return { connectionId: connection.id, participantId: connection.participantId }
}
