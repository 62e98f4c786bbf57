/**
 * One live board: its Y.Doc and Awareness, the sockets on it, and the ordered path every update
 * takes: check, apply, append to storage, then broadcast.
 */
import { EventEmitter } from 'node:events'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { BoardError, ErrorCode, asBoardError } from '../../shared/errors.ts'
import {
  SyncMessageType,
  decodeSyncMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  toBytes,
} from '../../shared/protocol.ts'
import type { Logger } from '../log.ts'
import { KeyedRateLimiter } from '../limits/KeyedRateLimiter.ts'
import { noticeRateLimited } from '../limits/rateLimitNotice.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { storageFailure } from '../storage/storageErrors.ts'
import {
  AwarenessOwnership,
  ClaimResult,
  presenceRefusal,
  readAwarenessClientIds,
} from './awarenessOwnership.ts'
import { Origin, type BoardSocket } from './types.ts'
import { checkUpdate, type UpdateLimits } from './updatePolicy.ts'

export interface RoomOptions {
  compactAfterUpdates: number
  compactAfterBytes: number
  limits: UpdateLimits
}

/**
 * One sync step 1 per socket per 10 s: each answer is the whole document (up to MAX_DOCUMENT_BYTES),
 * and an honest provider sends step 1 once per socket, on connect.
 */
const SYNC_STEP1_LIMIT = { burst: 1, perSecond: 1 / 10 }

type RoomEvents = {
  /** Storage lost an accepted edit: the room refuses everything and must be unloaded unflushed. */
  failed: []
}

export class BoardRoom extends EventEmitter<RoomEvents> {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  private readonly sockets = new Map<string, BoardSocket>()
  private readonly ownership = new AwarenessOwnership()
  private readonly step1Turns = new KeyedRateLimiter(SYNC_STEP1_LIMIT)
  /** Updates are handled one at a time, in arrival order, even when storage is asynchronous. */
  private queue: Promise<void> = Promise.resolve()
  private log = { count: 0, bytes: 0, lastSeq: 0 }
  private storedBytes = 0
  /** The doc holds an accepted edit that is in neither the log nor the snapshot. */
  private needsSnapshot = false
  private compactionScheduled = false
  private failed = false
  private destroyed = false

  private constructor(
    readonly id: string,
    private readonly store: BoardStore,
    private readonly options: RoomOptions,
    private readonly logger: Logger,
  ) {
    super()
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

  /** Adds a socket and starts the handshake: our state vector, then everyone's presence. */
  join(socket: BoardSocket): void {
    // A socket can resolve its room in the microtasks between a failure and the unload.
    if (this.failed) return disconnectUnavailable(socket)
    this.sockets.set(socket.id, socket)
    void socket.join(this.id)
    socket.emit('sync', encodeSyncStep1(this.doc))
    const present = [...this.awareness.getStates().keys()]
    if (present.length > 0)
      socket.emit('awareness', awarenessProtocol.encodeAwarenessUpdate(this.awareness, present))
  }

  /** Removes a socket; the presence it owned disappears for everyone else. */
  leave(socket: BoardSocket): void {
    // NOTE: Awareness.destroy() keeps its meta, so a destroyed room would still find ids to remove
    // and emit them to a room nobody is listening to.
    if (this.destroyed) return
    this.sockets.delete(socket.id)
    this.step1Turns.forget(socket.id)
    // Ids whose presence the client already withdrew have no meta any more.
    const owned = this.ownership.release(socket.id).filter((id) => this.awareness.meta.has(id))
    if (owned.length === 0) return
    awarenessProtocol.removeAwarenessStates(this.awareness, owned, Origin.Server)
    socket.to(this.id).emit('awareness', awarenessProtocol.encodeAwarenessUpdate(this.awareness, owned))
  }

  /** Queues a sync message from `socket`; the returned promise settles once it is handled. */
  receiveSync(socket: BoardSocket, payload: unknown): Promise<void> {
    return this.enqueue(() => this.handleSync(socket, payload))
  }

  /** Relays an awareness update, if it speaks only for client ids this socket owns or may claim. */
  receiveAwareness(socket: BoardSocket, payload: unknown): void {
    try {
      const bytes = toBytes(payload)
      if (!bytes) throw new BoardError(ErrorCode.MalformedMessage, 'Awareness messages must be binary.')
      const clientIds = readAwarenessClientIds(bytes)
      // An update for nobody changes nothing, so there is nothing to relay.
      if (clientIds.length === 0) return
      const claim = this.ownership.claim(socket.id, clientIds)
      if (claim !== ClaimResult.Granted) throw presenceRefusal(claim)
      awarenessProtocol.applyAwarenessUpdate(this.awareness, bytes, socket.id)
      socket.to(this.id).emit('awareness', bytes)
    } catch (error) {
      this.refuse(socket, error, 'awareness refused')
    }
  }

  /**
   * Writes everything not yet in a snapshot into one; called before the room is unloaded. Rejects
   * when storage fails, so that whoever unloads the room can tell.
   */
  flush(): Promise<void> {
    return this.enqueue(() => this.compactNow())
  }

  destroy(): void {
    this.destroyed = true
    this.awareness.destroy()
    this.doc.destroy()
  }

  /** Runs `task` after every task queued before it; the promise returned rejects if `task` does. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task)
    // The chain itself never rejects, so that one failed task does not stop those queued after it.
    this.queue = run.then(noop, noop)
    return run
  }

  private async handleSync(socket: BoardSocket, payload: unknown) {
    try {
      const bytes = toBytes(payload)
      if (!bytes) throw new BoardError(ErrorCode.MalformedMessage, 'Sync messages must be binary.')
      const message = decodeMessage(bytes)
      if (this.failed) throw unavailable()
      if (message.type === SyncMessageType.Step1) {
        this.answerStep1(socket, message.stateVector)
      } else {
        await this.acceptUpdate(socket, message.update)
      }
    } catch (error) {
      this.refuse(socket, error, 'sync message refused')
    }
  }

  private async acceptUpdate(socket: BoardSocket, update: Uint8Array) {
    const verdict = checkUpdate(this.doc, update, socket.data.role, this.storedBytes, this.options.limits)
    if (verdict === 'adds-nothing') return
    Y.applyUpdate(this.doc, update, socket)
    if (!(await this.storeUpdate(update))) return
    socket.to(this.id).emit('sync', encodeSyncUpdate(update))
    this.scheduleCompaction()
  }

  /**
   * Makes an applied update durable: appended to the log or, if that fails, inside a full snapshot.
   * NOTE: an applied update cannot be left unstored and the room go on: it is in the state vector,
   * so its sender never offers it again, and later updates built on it would be stored without it.
   * If both writes fail the room fails (false), and everyone re-syncs from storage later.
   */
  private async storeUpdate(update: Uint8Array): Promise<boolean> {
    try {
      this.log.lastSeq = await this.store.appendUpdate(this.id, update)
    } catch (error) {
      this.logger.error({ err: error }, 'update could not be appended; writing a snapshot instead')
      this.needsSnapshot = true
      try {
        await this.compactNow()
        return true
      } catch (snapshotError) {
        this.fail(snapshotError)
        return false
      }
    }
    this.log.count++
    this.log.bytes += update.length
    this.storedBytes += update.length
    return true
  }

  /** Refuses everything from now on, disconnects every socket and asks the registry to unload the room. */
  private fail(error: unknown) {
    this.failed = true
    this.logger.error({ err: error }, 'board could not be stored; closing the room')
    const reason = storageFailure(error) ?? unavailable()
    for (const socket of this.sockets.values()) disconnectUnavailable(socket, reason)
    this.emit('failed')
  }

  /** Sends the socket what it lacks of the document, at most once per socket per SYNC_STEP1_LIMIT. */
  private answerStep1(socket: BoardSocket, stateVector: Uint8Array) {
    if (this.step1Turns.take(socket.id)) {
      socket.emit('sync', encodeStep2(this.doc, stateVector))
      return
    }
    this.logger.debug({ socketId: socket.id }, 'sync step 1 dropped: asked again too soon')
    noticeRateLimited(socket, 'This connection already has the whole board; reconnect to ask for it again.')
  }

  private scheduleCompaction() {
    const { count, bytes } = this.log
    const due = count >= this.options.compactAfterUpdates || bytes >= this.options.compactAfterBytes
    if (!due || this.compactionScheduled) return
    this.compactionScheduled = true
    // Runs on the room's queue, after the update that made it due was broadcast: updates that
    // arrive meanwhile wait behind it.
    setImmediate(() => {
      this.flush().catch((error: unknown) =>
        // The log still holds every update, so nothing is lost; the next update schedules it again.
        this.logger.error({ err: error }, 'compaction failed'),
      )
    })
  }

  private async compactNow() {
    this.compactionScheduled = false
    // A failed room writes nothing more: a fresh room may already be writing this board.
    if (this.failed || (this.log.count === 0 && !this.needsSnapshot)) return
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    await this.store.compact(this.id, snapshot, this.log.lastSeq)
    this.logger.debug({ updates: this.log.count, snapshotBytes: snapshot.length }, 'board compacted')
    this.log = { count: 0, bytes: 0, lastSeq: this.log.lastSeq }
    this.storedBytes = snapshot.length
    this.needsSnapshot = false
  }

  private refuse(socket: BoardSocket, error: unknown, what: string) {
    const boardError = asBoardError(error, 'The server could not handle that message.')
    this.logger.warn({ socketId: socket.id, code: boardError.code, reason: boardError.message }, what)
    socket.emit('board-error', boardError.toPayload())
  }
}

function unavailable() {
  return new BoardError(
    ErrorCode.BoardUnavailable,
    'The server could not save this board and closed it. Try again in a moment: the edits on this page are kept and sent again.',
  )
}

function disconnectUnavailable(socket: BoardSocket, reason = unavailable()) {
  socket.emit('board-error', reason.toPayload())
  socket.disconnect(true)
}

function noop() {}

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
