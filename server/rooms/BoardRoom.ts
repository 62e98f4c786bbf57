/**
 * One live board: its documents, its presence, the connections on it, and the ordered path every
 * update takes: document rule, check, apply, store, then broadcast to those who may read it.
 */
import { EventEmitter } from 'node:events'
import * as Y from 'yjs'
import { SessionDocName, documentAccess, readableDocuments, type DocumentGrant } from '../../shared/access.ts'
import type { Ballot } from '../../shared/debate/ballots.ts'
import type { PhasePlan } from '../../shared/debate/formats.ts'
import { documentSchemaFor } from '../../shared/board/documentSchemas.ts'
import { DocName, docNameSchema } from '../../shared/board/layout.ts'
import { BoardError, ErrorCode, asBoardError } from '../../shared/errors.ts'
import {
  SyncMessageType,
  encodeSyncStep1,
  encodeSyncUpdate,
  toBytes,
  type Seat,
} from '../../shared/protocol.ts'
import type { Logger } from '../log.ts'
import type { PresenceSender, RoomLink } from '../cluster/RoomLink.ts'
import { KeyedRateLimiter } from '../limits/KeyedRateLimiter.ts'
import { DEFAULT_REPLAY_SETTINGS, type ReplaySettings } from '../replay/replayPolicy.ts'
import { RoomReplay } from '../replay/RoomReplay.ts'
import type { BoardStore, StoredBoardState } from '../storage/BoardStore.ts'
import { storageFailure } from '../storage/storageErrors.ts'
import { ClientOwnership } from './clientOwnership.ts'
import { sendSyncToEach } from './fanOut.ts'
import type { RoomConnection } from './RoomConnection.ts'
import { RoomDocument } from './RoomDocument.ts'
import { RoomDebate } from './RoomDebate.ts'
import { RoomPersistence } from './RoomPersistence.ts'
import { RoomPresence } from './RoomPresence.ts'
import {
  closeUnavailable,
  decodeMessage,
  encodeStep2,
  forbidden,
  malformed,
  unavailable,
  unavailableToLoad,
  writeRefusal,
} from './roomRefusals.ts'
import { Origin } from './types.ts'
import { checkUpdate, type UpdateLimits } from './policy/index.ts'

export interface RoomOptions {
  compactAfterUpdates: number
  compactAfterBytes: number
  limits: UpdateLimits
  /** Replay snapshots: how often and how many (DEFAULT_REPLAY_SETTINGS when not given). */
  replay?: ReplaySettings
  /** The other nodes (REDIS_URL), told of every stored update and presence; none on a single node. */
  link?: RoomLink
}

/**
 * One sync step 1 per connection and document per 10 s: each answer is the whole document (up to
 * MAX_DOCUMENT_BYTES), and an honest provider sends step 1 once per document per connection.
 */
const SYNC_STEP1_LIMIT = { burst: 1, perSecond: 1 / 10 }

/** The documents every board has, created empty when storage holds none. */
const BASE_DOCUMENTS = [DocName.Board, DocName.Control]
/**
 * The documents a board created with a debate format has beside them. A board without a session
 * document is a free board, as every board made before formats is: it has no roster either.
 */
const DEBATE_DOCUMENTS = [SessionDocName.Session, SessionDocName.Roster, SessionDocName.Ballots]

type RoomEvents = {
  /** Storage lost an accepted edit: the room refuses everything and must be unloaded unflushed. */
  failed: []
}

export class BoardRoom extends EventEmitter<RoomEvents> {
  private readonly docs = new Map<string, RoomDocument>()
  private readonly connections = new Map<string, RoomConnection>()
  readonly presence: RoomPresence
  /** The debate this board runs: session, seats, roster, drafts. Set once the documents are restored. */
  debate!: RoomDebate
  /** Snapshots of the board document for the replay timeline. Set once the documents are restored. */
  replay!: RoomReplay
  private readonly ownership: ClientOwnership
  private readonly step1Turns = new KeyedRateLimiter(SYNC_STEP1_LIMIT)
  private readonly persistence: RoomPersistence
  /** Messages are handled one at a time, in arrival order, even when storage is asynchronous. */
  private queue: Promise<void> = Promise.resolve()
  private failed = false
  private destroyed = false

  private constructor(
    readonly id: string,
    private readonly store: BoardStore,
    private readonly options: RoomOptions,
    private readonly logger: Logger,
    clientOwners: Map<number, string>,
  ) {
    super()
    this.ownership = new ClientOwnership(clientOwners, this.docs)
    this.persistence = new RoomPersistence(id, store, options, this.logger, {
      enqueue: (task) => this.enqueue(task),
      fail: (error) => this.fail(error),
      hasFailed: () => this.failed,
      isCurrent: (target) => this.docs.get(target.name) === target,
    })
    this.presence = new RoomPresence(this.connections, {
      view: (recipient) => this.debate.presenceView(recipient),
      onState: (connection, state) => this.debate.notePresence(connection, state),
      stamp: (sender, state) => this.debate.stampPresence(sender, state),
      // Encoding for the other nodes costs a stringify per message: only with a link.
      ...(options.link && {
        onRelayed: (update: Uint8Array, sender: PresenceSender, left: boolean) =>
          options.link?.publishPresence(id, update, sender, left),
      }),
    })
  }

  /** Loads a board from storage; throws NOT_FOUND, or BOARD_UNAVAILABLE rather than ever starting empty. */
  static async load(id: string, store: BoardStore, options: RoomOptions, logger: Logger): Promise<BoardRoom> {
    const state = await store.loadBoard(id)
    if (!state) throw new BoardError(ErrorCode.NotFound, 'This board does not exist.')
    const room = new BoardRoom(id, store, options, logger.child({ boardId: id }), state.clientOwners)
    try {
      room.restoreDocuments(state)
    } catch (error) {
      room.destroy()
      logger.error({ err: error, boardId: id }, 'stored board could not be applied')
      throw unavailableToLoad()
    }
    room.debate = new RoomDebate(room.debateHost())
    room.replay = new RoomReplay(
      room.replayHost(),
      store,
      options.replay ?? DEFAULT_REPLAY_SETTINGS,
      room.logger,
    )
    room.debate.resume()
    await room.moveLegacyMeta()
    return room
  }

  /** A document of the board, for the server's own reads (title for the API, exports). */
  document(name: string): Y.Doc {
    const target = this.docs.get(name)
    if (!target) throw new BoardError(ErrorCode.NotFound, `This board has no document "${name}".`)
    return target.doc
  }

  /** Adds a connection and starts its handshake: the documents it may read, their state vectors, then presence. */
  join(connection: RoomConnection): void {
    // A connection can resolve its room in the microtasks between a failure and the unload.
    if (this.failed) return closeUnavailable(connection)
    this.connections.set(connection.id, connection)
    this.reseat(connection, this.debate.seat(connection), [])
    this.presence.greet(connection)
  }

  /** Removes a connection; the presence it spoke for disappears for everyone else. */
  leave(connection: RoomConnection): void {
    // NOTE: Awareness.destroy() keeps its meta, so a destroyed room would still find ids to remove
    // and send them to connections nobody is listening to.
    if (this.destroyed) return
    this.connections.delete(connection.id)
    this.debate.leave(connection)
    for (const name of this.docs.keys()) this.step1Turns.forget(`${connection.id}/${name}`)
    this.presence.withdraw(connection)
  }

  /** Queues a sync message; the returned promise settles once it is handled. */
  receiveSync(connection: RoomConnection, doc: unknown, payload: unknown): Promise<void> {
    return this.enqueue(() => this.handleSync(connection, doc, payload))
  }

  /** Relays an awareness update, if it speaks only for client ids this participant owns or may claim. */
  receiveAwareness(connection: RoomConnection, payload: unknown): void {
    try {
      this.presence.receive(connection, payload)
    } catch (error) {
      this.refuse(connection, error, 'presence refused')
    }
  }

  /** Queues a moderator's facilitation action; resolves once applied, rejects with a BoardError when refused. */
  facilitate(connection: RoomConnection, action: unknown): Promise<void> {
    return this.debate.facilitate(connection, action)
  }

  /** Queues a participant's ballot; resolves with their own ballots once stored, rejects with a BoardError. */
  vote(connection: RoomConnection, ballot: unknown): Promise<Ballot[]> {
    return this.debate.vote(connection, ballot)
  }

  /** Queues a read of a participant's own ballots: theirs only, whatever the phase. */
  ownBallots(connection: RoomConnection): Promise<Ballot[]> {
    return this.debate.ownBallots(connection)
  }

  /**
   * Runs a change of the server's own on one document, then stores and broadcasts it like any edit.
   * With `withinSizeLimit` (content a person brought, such as an imported article) a change that would
   * take the document past MAX_DOCUMENT_BYTES is undone and refused with LIMIT_REACHED, as an edit is.
   */
  change(
    name: string,
    edit: (doc: Y.Doc) => void,
    options: { withinSizeLimit?: boolean } = {},
  ): Promise<void> {
    return this.enqueue(() => this.applyChange(name, edit, options.withinSizeLimit ?? false))
  }

  /**
   * Applies an update another node accepted and stored (origin RemoteNode), relays what it changed to
   * the connections here that may read its document, and lets the debate follow it. Never stored again.
   */
  receiveRemote(name: string, update: Uint8Array, writer: string | undefined): Promise<void> {
    return this.enqueue(async () => {
      if (this.failed || this.destroyed) return
      if (!this.docs.has(name)) this.debateHost().ensureDocument(name)
      const target = this.documentOrThrow(name)
      let changed: Uint8Array | undefined
      try {
        changed = target.apply(update, Origin.RemoteNode)
      } catch (error) {
        this.logger.warn({ err: error, doc: name }, 'remote update threw inside Yjs; rebuilding from storage')
        return this.rebuild(target)
      }
      // Every client id in an update the other node accepted is its writer's (the policy checked it there).
      if (writer !== undefined) this.ownership.claim(writer, [...Y.parseUpdateMeta(update).from.keys()])
      if (!changed) return
      target.storedBytes += update.length
      const message = encodeSyncUpdate(changed)
      for (const connection of this.connections.values())
        if (documentAccess(this.debate.readerOf(connection), name).read) connection.sendSync(name, message)
      this.debate.followRemote(name)
    })
  }

  /** Applies and relays a presence update (or a withdrawal) from a connection on another node. */
  receiveRemotePresence(update: Uint8Array, sender: PresenceSender, left: boolean): void {
    if (!this.destroyed) this.presence.receiveRemote(update, sender, left)
  }

  /** Publishes this node's presence on the board again, for a node that has just loaded it. */
  republishPresence(): void {
    if (!this.destroyed) this.presence.republish()
  }

  /** How many connections are on the board now. */
  get connectionCount(): number {
    return this.connections.size
  }

  /**
   * Writes everything not yet in a snapshot into one; called before the room is unloaded. Rejects
   * when storage fails, so that whoever unloads the room can tell.
   */
  flush(): Promise<void> {
    return this.enqueue(async () => {
      await this.replay.flush()
      for (const target of this.docs.values()) await this.persistence.compactNow(target)
    })
  }

  destroy(): void {
    this.destroyed = true
    this.debate?.destroy()
    this.replay?.destroy()
    this.presence.destroy()
    for (const target of this.docs.values()) target.destroy()
  }

  /** Runs `task` after every task queued before it; the promise returned rejects if `task` does. */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task)
    // The chain itself never rejects, so that one failed task does not stop those queued after it.
    this.queue = run.then(noop, noop)
    return run
  }

  /** A server change, from inside the queue. */
  private async applyChange(name: string, edit: (doc: Y.Doc) => void, withinSizeLimit: boolean) {
    if (this.failed) throw unavailable()
    const target = this.documentOrThrow(name)
    const update = target.change(edit, Origin.Server)
    if (!update) return
    if (withinSizeLimit && target.storedBytes + update.length > this.options.limits.maxDocumentBytes) {
      // Neither stored nor sent yet: storage still holds the document as it was before the change.
      await this.rebuild(target)
      throw new BoardError(
        ErrorCode.LimitReached,
        'This board has reached its size limit: remove an article or cards before adding more.',
      )
    }
    await this.commit(target, update, undefined)
  }

  /**
   * Tells a connection its seat and the documents it may read, and starts the handshake of those it
   * could not read before (`before`): a new drafts document after a team change.
   */
  private reseat(connection: RoomConnection, seat: Seat, before: DocumentGrant[]) {
    const known = new Set(before.map(({ name }) => name))
    const grants = readableDocuments(this.debate.readerOf(connection), this.docs.keys())
    connection.sendSeat(seat)
    connection.sendDocuments(grants)
    for (const { name } of grants)
      if (!known.has(name)) connection.sendSync(name, encodeSyncStep1(this.document(name)))
  }

  /** Grants a new document to every connection that may read it (but `except`, being seated now). */
  private announceDocument(name: string, except: RoomConnection | undefined) {
    for (const connection of this.connections.values()) {
      const reader = this.debate.readerOf(connection)
      if (connection === except || !documentAccess(reader, name).read) continue
      connection.sendDocuments(readableDocuments(reader, this.docs.keys()))
      connection.sendSync(name, encodeSyncStep1(this.document(name)))
    }
  }

  private debateHost() {
    return {
      boardId: this.id,
      connections: () => this.connections.values(),
      documentNames: () => this.docs.keys(),
      document: (name: string) => this.docs.get(name)?.doc,
      ensureDocument: (name: string, except?: RoomConnection) => {
        if (this.docs.has(name)) return
        this.docs.set(name, RoomDocument.fromStored(name, undefined, Origin.Storage))
        this.announceDocument(name, except)
      },
      applyChange: (name: string, edit: (doc: Y.Doc) => void) => this.applyChange(name, edit, false),
      enqueue: (task: () => Promise<void>) => this.enqueue(task),
      speaksFor: (connection: RoomConnection, clientId: number) =>
        this.presence.speaksFor(connection, clientId),
      reseat: (connection: RoomConnection, seat: Seat) => {
        const before = readableDocuments({ role: connection.role }, this.docs.keys())
        this.reseat(connection, seat, before)
      },
      phaseEntered: (phase: PhasePlan) => this.replay.phaseEntered(phase),
      presenceViewsChanged: () => this.presence.relayAll(),
      now: () => Date.now(),
      claimOnce: (key: string) => this.options.link?.claimOnce(key) ?? Promise.resolve(true),
    }
  }

  private replayHost() {
    return {
      boardId: this.id,
      board: () => this.document(DocName.Board),
      enqueue: (task: () => Promise<void>) => this.enqueue(task),
      hasFailed: () => this.failed,
      now: () => Date.now(),
    }
  }

  private restoreDocuments(state: StoredBoardState) {
    const debate = state.documents.has(SessionDocName.Session) ? DEBATE_DOCUMENTS : []
    const names = new Set([...BASE_DOCUMENTS, ...debate, ...state.documents.keys()])
    for (const name of names) {
      this.docs.set(name, RoomDocument.fromStored(name, state.documents.get(name), Origin.Storage))
    }
  }

  /**
   * Boards stored before the control document kept their title and motion in the board document:
   * copy them over once, as a change of the server's own.
   */
  private async moveLegacyMeta() {
    const legacy = this.document(DocName.Board).share.get('meta')
    const control = this.document(DocName.Control)
    if (!legacy || control.getMap('meta').size > 0) return
    const fields = this.document(DocName.Board).getMap('meta').toJSON()
    if (Object.keys(fields).length === 0) return
    await this.change(DocName.Control, (doc) => {
      for (const [key, value] of Object.entries(fields)) doc.getMap('meta').set(key, value)
    })
    this.logger.info('moved the title and motion into the control document')
  }

  private async handleSync(connection: RoomConnection, docName: unknown, payload: unknown) {
    try {
      const name = docNameSchema.safeParse(docName)
      const bytes = toBytes(payload)
      if (!name.success || !bytes) throw malformed('A sync message needs a document name and binary data.')
      const message = decodeMessage(bytes)
      if (this.failed) throw unavailable()
      const access = documentAccess(this.debate.readerOf(connection), name.data)
      const target = this.docs.get(name.data)
      if (!access.read || !target) throw forbidden('This connection cannot open that part of the board.')
      if (message.type === SyncMessageType.Step1)
        return this.answerStep1(connection, target, message.stateVector)
      // A read-only connection's step 2 is part of any standard handshake: it is ignored, never decoded.
      if (!access.write) {
        if (message.type === SyncMessageType.Step2) return
        throw forbidden(writeRefusal(name.data))
      }
      await this.acceptUpdate(connection, target, message.update)
    } catch (error) {
      this.refuse(connection, error, 'sync message refused')
    }
  }

  private async acceptUpdate(connection: RoomConnection, target: RoomDocument, update: Uint8Array) {
    const schema = documentSchemaFor(target.name)
    if (!schema) throw forbidden('This connection cannot write that part of the board.')
    const verdict = checkUpdate(target.doc, update, {
      schema,
      writer: connection.participantId,
      ownerOf: (clientId) => this.ownership.ownerOf(clientId),
      documentBytes: target.storedBytes,
      countEntries: (root) => target.entriesOf(root),
      limits: this.options.limits,
      changes: this.debate.changeRules(connection, target.name),
    })
    if (verdict.kind === 'adds-nothing') return
    if (
      verdict.newClientIds.length > 0 &&
      !(await this.claim(connection.participantId, verdict.newClientIds))
    )
      return
    const changed = await this.applyAtomically(target, update, connection)
    if (changed) await this.commit(target, changed, connection)
  }

  /** Makes a participant's new client ids theirs, durably, before anything written with them is stored. */
  private async claim(participantId: string, clientIds: number[]): Promise<boolean> {
    try {
      await this.store.claimClientIds(this.id, participantId, clientIds)
    } catch (error) {
      this.fail(error)
      return false
    }
    this.ownership.claim(participantId, clientIds)
    return true
  }

  /**
   * Applies a checked update, or leaves the document exactly as stored: Yjs can throw halfway through
   * an update, and what it integrated by then must not stay (it would reach later joiners unstored).
   */
  private async applyAtomically(target: RoomDocument, update: Uint8Array, origin: RoomConnection) {
    try {
      return target.apply(update, origin)
    } catch (error) {
      this.logger.warn({ err: error, doc: target.name }, 'update threw inside Yjs; rebuilding from storage')
      await this.rebuild(target)
      throw new BoardError(ErrorCode.UpdateRefused, 'This edit could not be applied; nothing was changed.')
    }
  }

  /** Replaces a document with what storage holds of it, which is everything accepted so far. */
  private async rebuild(target: RoomDocument) {
    try {
      const state = await this.store.loadBoard(this.id)
      const fresh = RoomDocument.fromStored(target.name, state?.documents.get(target.name), Origin.Storage)
      this.docs.set(target.name, fresh)
      target.destroy()
    } catch (error) {
      this.fail(error)
    }
  }

  /** Stores an applied change, then sends it to every other connection that may read its document. */
  private async commit(target: RoomDocument, update: Uint8Array, origin: RoomConnection | undefined) {
    if (!(await this.persistence.storeUpdate(target, update))) return
    this.options.link?.publishUpdate(this.id, target.name, update, origin?.participantId)
    const recipients: RoomConnection[] = []
    for (const connection of this.connections.values()) {
      if (connection !== origin && documentAccess(this.debate.readerOf(connection), target.name).read)
        recipients.push(connection)
    }
    sendSyncToEach(recipients, target.name, encodeSyncUpdate(update))
    this.persistence.scheduleCompaction(target)
  }

  /** Refuses everything from now on, closes every connection and asks the registry to unload the room. */
  private fail(error: unknown) {
    if (this.failed) return
    this.failed = true
    this.logger.error({ err: error }, 'board could not be stored; closing the room')
    const reason = storageFailure(error) ?? unavailable()
    for (const connection of this.connections.values()) closeUnavailable(connection, reason)
    this.emit('failed')
  }

  /** Sends what the connection lacks of a document, at most once per connection and document per SYNC_STEP1_LIMIT. */
  private answerStep1(connection: RoomConnection, target: RoomDocument, stateVector: Uint8Array) {
    if (this.step1Turns.take(`${connection.id}/${target.name}`)) {
      for (const message of encodeStep2(target.doc, stateVector)) connection.sendSync(target.name, message)
      return
    }
    this.logger.debug({ connectionId: connection.id }, 'sync step 1 dropped: asked again too soon')
    connection.sendError({
      code: ErrorCode.RateLimited,
      message: 'This connection already has the whole board; reconnect to ask for it again.',
    })
  }

  private documentOrThrow(name: string): RoomDocument {
    const target = this.docs.get(name)
    if (!target) throw new BoardError(ErrorCode.NotFound, `This board has no document "${name}".`)
    return target
  }

  private refuse(connection: RoomConnection, error: unknown, what: string) {
    const boardError = asBoardError(error, 'The server could not handle that message.')
    this.logger.warn({ connectionId: connection.id, code: boardError.code, reason: boardError.message }, what)
    connection.sendError(boardError.toPayload())
  }
}

function noop() {}
