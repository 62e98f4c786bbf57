/**
 * One live board: its Y.Doc and Awareness, the sockets on it, and the ordered path every update
 * takes: check, apply, append to storage, then broadcast.
 */
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import {
  SyncMessageType,
  decodeSyncMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  toBytes,
} from '../../shared/protocol.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { AwarenessOwnership, readAwarenessClientIds } from './awarenessOwnership.ts'
import { Origin, type BoardSocket } from './types.ts'
import { checkUpdate, type UpdateLimits } from './updatePolicy.ts'

export interface RoomOptions {
  compactAfterUpdates: number
  compactAfterBytes: number
  limits: UpdateLimits
}

export class BoardRoom {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  private readonly sockets = new Map<string, BoardSocket>()
  private readonly ownership = new AwarenessOwnership()
  /** Updates are handled one at a time, in arrival order, even when storage is asynchronous. */
  private queue: Promise<void> = Promise.resolve()
  private log = { count: 0, bytes: 0, lastSeq: 0 }
  private storedBytes = 0
  private needsSnapshot = false
  private compactionScheduled = false

  private constructor(
    readonly id: string,
    private readonly store: BoardStore,
    private readonly options: RoomOptions,
    private readonly logger: Logger,
  ) {
    this.awareness.setLocalState(null)
  }

  /** Loads a board from storage; throws NOT_FOUND, or BOARD_UNAVAILABLE rather than ever starting empty. */
  static async load(id: string, store: BoardStore, options: RoomOptions, logger: Logger): Promise<BoardRoom> {
    const state = await store.loadBoard(id)
    if (!state) throw new BoardError(ErrorCode.NotFound, 'This board does not exist.')
    const room = new BoardRoom(id, store, options, logger.child({ boardId: id }))
    try {
      room.doc.transact(() => {
        if (state.snapshot) Y.applyUpdate(room.doc, state.snapshot, Origin.Storage)
        for (const { update } of state.updates) Y.applyUpdate(room.doc, update, Origin.Storage)
      }, Origin.Storage)
    } catch (error) {
      room.destroy()
      logger.error({ err: error, boardId: id }, 'stored board could not be applied')
      throw new BoardError(ErrorCode.BoardUnavailable, 'This board could not be loaded. Try again later.')
    }
    const logBytes = state.updates.reduce((sum, { update }) => sum + update.length, 0)
    room.log = { count: state.updates.length, bytes: logBytes, lastSeq: state.updates.at(-1)?.seq ?? 0 }
    room.storedBytes = (state.snapshot?.length ?? 0) + logBytes
    return room
  }

  get connectionCount(): number {
    return this.sockets.size
  }

  /** Adds a socket and starts the handshake: our state vector, then everyone's presence. */
  join(socket: BoardSocket): void {
    this.sockets.set(socket.id, socket)
    void socket.join(this.id)
    socket.emit('sync', encodeSyncStep1(this.doc))
    const present = [...this.awareness.getStates().keys()]
    if (present.length > 0)
      socket.emit('awareness', awarenessProtocol.encodeAwarenessUpdate(this.awareness, present))
  }

  /** Removes a socket; the presence it owned disappears for everyone else. */
  leave(socket: BoardSocket): void {
    this.sockets.delete(socket.id)
    // Ids whose presence the client already withdrew, or a room destroyed at shutdown, have no meta.
    const owned = this.ownership.release(socket.id).filter((id) => this.awareness.meta.has(id))
    if (owned.length === 0) return
    awarenessProtocol.removeAwarenessStates(this.awareness, owned, Origin.Server)
    socket.to(this.id).emit('awareness', awarenessProtocol.encodeAwarenessUpdate(this.awareness, owned))
  }

  /** Sockets on this room, for disconnecting the holders of a revoked token. */
  connectedSockets(): BoardSocket[] {
    return [...this.sockets.values()]
  }

  /** Queues a sync message from `socket`; the returned promise settles once it is handled. */
  receiveSync(socket: BoardSocket, payload: unknown): Promise<void> {
    return this.enqueue(() => this.handleSync(socket, payload))
  }

  /** Relays an awareness update, if it speaks only for client ids this socket owns. */
  receiveAwareness(socket: BoardSocket, payload: unknown): void {
    try {
      const bytes = toBytes(payload)
      if (!bytes) throw new BoardError(ErrorCode.MalformedMessage, 'Awareness messages must be binary.')
      const clientIds = readAwarenessClientIds(bytes)
      if (!this.ownership.claim(socket.id, clientIds)) {
        // NOTE: an honest client meets this too, when it reconnects before the server has noticed its
        // old socket is gone; its presence comes back with its next renewal, once that socket is reaped.
        throw new BoardError(ErrorCode.PresenceRefused, "You cannot change another participant's presence.")
      }
      awarenessProtocol.applyAwarenessUpdate(this.awareness, bytes, socket.id)
      socket.to(this.id).emit('awareness', bytes)
    } catch (error) {
      this.refuse(socket, error, 'awareness refused')
    }
  }

  /** Writes everything not yet in a snapshot into one; called before the room is unloaded. */
  flush(): Promise<void> {
    return this.enqueue(() => this.compactNow())
  }

  destroy(): void {
    this.awareness.destroy()
    this.doc.destroy()
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task)
    this.queue = run.catch((error: unknown) => this.logger.error({ err: error }, 'room task failed'))
    return this.queue
  }

  private async handleSync(socket: BoardSocket, payload: unknown) {
    try {
      const bytes = toBytes(payload)
      if (!bytes) throw new BoardError(ErrorCode.MalformedMessage, 'Sync messages must be binary.')
      const message = decodeMessage(bytes)
      if (message.type === SyncMessageType.Step1) {
        socket.emit('sync', encodeStep2(this.doc, message.stateVector))
      } else {
        await this.acceptUpdate(socket, message.update)
      }
    } catch (error) {
      this.refuse(socket, error, 'sync message refused')
    }
  }

  private async acceptUpdate(socket: BoardSocket, update: Uint8Array) {
    const decoded = checkUpdate(this.doc, update, socket.data.role, this.storedBytes, this.options.limits)
    if (decoded === 'adds-nothing') return
    Y.applyUpdate(this.doc, update, socket)
    try {
      this.log.lastSeq = await this.store.appendUpdate(this.id, update)
    } catch (error) {
      this.needsSnapshot = true
      this.logger.error({ err: error }, 'update could not be stored')
      throw new BoardError(ErrorCode.Internal, 'Your last edit could not be saved; it will be retried.')
    }
    this.log.count++
    this.log.bytes += update.length
    this.storedBytes += update.length
    socket.to(this.id).emit('sync', encodeSyncUpdate(update))
    this.scheduleCompaction()
  }

  private scheduleCompaction() {
    const { count, bytes } = this.log
    const due = count >= this.options.compactAfterUpdates || bytes >= this.options.compactAfterBytes
    if ((!due && !this.needsSnapshot) || this.compactionScheduled) return
    this.compactionScheduled = true
    // Off the hot path: the update that made compaction due has already been broadcast.
    setImmediate(() => void this.flush())
  }

  private async compactNow() {
    this.compactionScheduled = false
    if (this.log.count === 0 && !this.needsSnapshot) return
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    await this.store.compact(this.id, snapshot, this.log.lastSeq)
    this.logger.debug({ updates: this.log.count, snapshotBytes: snapshot.length }, 'board compacted')
    this.log = { count: 0, bytes: 0, lastSeq: this.log.lastSeq }
    this.storedBytes = snapshot.length
    this.needsSnapshot = false
  }

  private refuse(socket: BoardSocket, error: unknown, what: string) {
    const boardError =
      error instanceof BoardError
        ? error
        : new BoardError(ErrorCode.Internal, 'The server could not handle that message.')
    this.logger.warn({ socketId: socket.id, code: boardError.code, reason: boardError.message }, what)
    socket.emit('board-error', boardError.toPayload())
  }
}

function decodeMessage(bytes: Uint8Array) {
  try {
    return decodeSyncMessage(bytes)
  } catch {
    throw new BoardError(ErrorCode.MalformedMessage, 'The sync message could not be decoded.')
  }
}

function encodeStep2(doc: Y.Doc, stateVector: Uint8Array) {
  try {
    return encodeSyncStep2(doc, stateVector)
  } catch {
    throw new BoardError(ErrorCode.MalformedMessage, 'The state vector could not be decoded.')
  }
}
