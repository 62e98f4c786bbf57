/**
 * Connects a board's Yjs documents to the server, from the browser or from Node. The documents are
 * multiplexed over one socket; each runs the y-protocols handshake on every (re)connect, so edits
 * made offline merge by state vector, and it never relies on socket.io's connection-state recovery.
 * Refusals and lost connections are retried with backoff, and the status says when the next try is.
 */
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { ObservableV2 } from 'lib0/observable'
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client'
import { SessionDocName } from '../access.ts'
import { DocName } from '../board/layout.ts'
import type { Ballot } from '../debate/ballots.ts'
import type { FacilitationAction } from '../debate/facilitation.ts'
import {
  PROTOCOL_VERSION,
  SOCKET_PATH,
  toBytes,
  type ClientToServerEvents,
  type Handshake,
  type Seat,
  type ServerToClientEvents,
} from '../protocol.ts'
import { BoardError, ErrorCode, isErrorPayload, type ErrorPayload } from '../errors.ts'
import { AwarenessThrottle } from './awarenessThrottle.ts'
import { PresenceKeepAlive, forgetOthers } from './presenceKeepAlive.ts'
import { backoffDelay, type BackoffOptions } from './backoff.ts'
import { BoardDocuments } from './BoardDocuments.ts'
import { createParticipantKey } from './participantKey.ts'
import { ServerClock } from './serverClock.ts'
import { socketParser } from './socketParser.ts'
import { requestFacilitation, requestOwnBallots, requestServerTime, requestVote } from './sessionRequests.ts'

/** Where the provider stands with the server. */
export const ProviderStatus = {
  Connecting: 'connecting',
  Connected: 'connected',
  Synced: 'synced',
  Disconnected: 'disconnected',
  Error: 'error',
} as const
export type ProviderStatus = (typeof ProviderStatus)[keyof typeof ProviderStatus]

export interface StatusEvent {
  status: ProviderStatus
  error?: BoardError
  /** When the next connection attempt starts (ms since the epoch), while waiting to retry. */
  retryAt?: number
}

export interface BoardProviderOptions {
  /**
   * The server's origin, e.g. `http://127.0.0.1:3000`; or several nodes' origins, tried in turn: each
   * failed attempt or lost connection moves on to the next one.
   */
  url: string | readonly string[]
  boardId: string
  /** The board document: sources, cards, links. */
  doc: Y.Doc
  /** The control document (title, motion); the provider makes one when none is given. */
  control?: Y.Doc
  /** A capability token from a board link. */
  token?: string
  /** This participant's secret key, kept across visits; a new one when none is given. */
  participantKey?: string
  /** The display name published in awareness as `user.name`. */
  name?: string
  /** Connect at once (default true). */
  connect?: boolean
  /** The least time between two awareness messages this client sends (default 50 ms: 20 per second). */
  awarenessIntervalMs?: number
  /** socket.io transports, websocket first by default. */
  transports?: ('websocket' | 'polling')[]
  /** How long to wait between attempts to reconnect (default 1 s doubling up to 30 s, with jitter). */
  retry?: BackoffOptions
  /** This machine's clock (default Date.now); the provider measures the server's against it. */
  clock?: () => number
}

type ProviderEvents = {
  status: (event: StatusEvent) => void
  synced: () => void
  /** The server refused something this client sent. */
  'board-error': (error: BoardError) => void
  /**
   * The server refused a local edit, so the local document holds changes the server never will and
   * later edits that build on them would be refused too: reopen the board from the server's state.
   */
  diverged: (error: BoardError) => void
  /** The server said who this connection is (on joining, and whenever that changes). */
  seat: (seat: Seat) => void
  /** The documents granted to this connection changed (a drafts document, the roster). */
  documents: (names: string[]) => void
  /** The estimate of the server's clock changed. */
  clock: () => void
}

/** Codes after which retrying the same handshake cannot help. */
const FATAL_CODES: ReadonlySet<string> = new Set([
  ErrorCode.ProtocolMismatch,
  ErrorCode.NotFound,
  ErrorCode.Unauthorized,
  ErrorCode.TokenRevoked,
  ErrorCode.BadRequest,
])

/** Codes by which the server refuses a local edit for good. */
const REFUSAL_CODES: ReadonlySet<string> = new Set([
  ErrorCode.UpdateRefused,
  ErrorCode.LimitReached,
  ErrorCode.TooLarge,
  ErrorCode.Forbidden,
  ErrorCode.PhaseLocked,
  ErrorCode.MalformedMessage,
])

/** How long to wait, after the server dropped messages for rate, before re-running the handshake. */
const RATE_LIMIT_RESYNC_MS = 1_000

/** Keeps a board's documents and presence in sync with the server. */
export class BoardProvider extends ObservableV2<ProviderEvents> {
  readonly doc: Y.Doc
  readonly control: Y.Doc
  /** The session document: format, phases, timer, lock (written only by the server). */
  readonly session = new Y.Doc()
  /** Who this connection is on the board, once the server has said. */
  seat: Seat | undefined
  /** The server's clock as measured from here: the timer's time left is read against it. */
  readonly serverClock: ServerClock
  /**
   * NOTE: presence code uses `awareness.clientID`, never `doc.clientID`: Yjs gives the doc a new id
   * when it meets its own id in a remote update, while the Awareness keeps the one it started with.
   */
  readonly awareness: awarenessProtocol.Awareness
  readonly boardId: string
  readonly participantKey: string
  status: ProviderStatus = ProviderStatus.Disconnected
  error: BoardError | undefined
  private socket: Socket<ServerToClientEvents, ClientToServerEvents>
  /** The nodes this provider may connect to, and the one it uses now. */
  private readonly urls: readonly string[]
  private urlIndex = 0
  private readonly socketOptions: Partial<ManagerOptions & SocketOptions>
  private readonly awarenessThrottle: AwarenessThrottle
  private readonly presenceKeepAlive: PresenceKeepAlive
  private readonly documents: BoardDocuments
  private readonly ownsControl: boolean
  private readonly retryOptions: BackoffOptions | undefined
  private synced = false
  private destroyed = false
  /** Whether the owner closed the connection: nothing reconnects until `connect()`. */
  private closedByOwner = true
  private attempt = 0
  private lastBoardError: BoardError | undefined
  private retryTimer: ReturnType<typeof setTimeout> | undefined
  private resyncTimer: ReturnType<typeof setTimeout> | undefined

  constructor(options: BoardProviderOptions) {
    super()
    this.doc = options.doc
    this.ownsControl = options.control === undefined
    this.control = options.control ?? new Y.Doc()
    this.boardId = options.boardId
    this.participantKey = options.participantKey ?? createParticipantKey()
    this.retryOptions = options.retry
    this.documents = new BoardDocuments(this.sendSync, this)
    this.documents.add(DocName.Board, this.doc)
    this.documents.add(DocName.Control, this.control)
    this.documents.add(SessionDocName.Session, this.session)
    this.serverClock = new ServerClock(
      () => requestServerTime(this.socket),
      options.clock,
      () => this.emit('clock', []),
    )
    this.awareness = new awarenessProtocol.Awareness(this.doc)
    if (options.name !== undefined) this.awareness.setLocalStateField('user', { name: options.name })
    const interval = options.awarenessIntervalMs ?? 50
    this.awarenessThrottle = new AwarenessThrottle(this.awareness, interval, this.sendAwareness, this)
    this.presenceKeepAlive = new PresenceKeepAlive(this.awareness)
    const auth: Handshake = {
      protocolVersion: PROTOCOL_VERSION,
      boardId: options.boardId,
      token: options.token,
      participantKey: this.participantKey,
    }
    this.urls = typeof options.url === 'string' ? [options.url] : [...options.url]
    if (this.urls.length === 0) throw new Error('BoardProvider needs at least one server URL')
    this.socketOptions = {
      path: SOCKET_PATH,
      auth,
      autoConnect: false,
      // One retry policy for every failure, refusals included, so the status can say when.
      reconnection: false,
      transports: options.transports ?? ['websocket', 'polling'],
      parser: socketParser,
    }
    this.socket = this.openSocket(this.urls[0]!)
    if (options.connect !== false) this.connect()
  }

  /** The server origin this provider uses now (with several, the one it moved to last). */
  get url(): string {
    return this.urls[this.urlIndex]!
  }

  /** A document of the board by name, once the server has granted it (board and control always exist). */
  document(name: string): Y.Doc | undefined {
    return this.documents.get(name)?.doc
  }

  /** The names of the documents the server has granted on this connection (what 'documents' last said). */
  grantedDocuments(): string[] {
    return this.documents.grantedNames()
  }

  /** Whether this connection may change a document (false until the server has said so). */
  canWrite(name: string): boolean {
    return this.documents.get(name)?.grant?.write === true
  }

  /**
   * Sends a moderator action (the facilitation API, shared/debate/facilitation.ts); resolves once the
   * server applied it, rejects with the server's BoardError (FORBIDDEN, PHASE_LOCKED, …) otherwise.
   */
  facilitate(action: FacilitationAction): Promise<void> {
    return requestFacilitation(this.socket, action)
  }

  /**
   * Casts a ballot (a new one replaces this participant's ballot on the same card or round);
   * resolves with this participant's own ballots, rejects with the server's BoardError otherwise.
   */
  vote(ballot: Ballot): Promise<Ballot[]> {
    return requestVote(this.socket, ballot)
  }

  /** This participant's own ballots as the server stored them (never anyone else's). */
  ownBallots(): Promise<Ballot[]> {
    return requestOwnBallots(this.socket)
  }

  /** The server's time now (ms since the epoch), whatever this machine's clock says. */
  serverNow(): number {
    return this.serverClock.now()
  }

  /** Opens the connection (again, after `disconnect()` or a fatal error). */
  connect(): void {
    if (this.destroyed) return
    this.closedByOwner = false
    clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    this.setStatus(ProviderStatus.Connecting)
    this.socket.connect()
  }

  /** Skips the wait before the next reconnection attempt. */
  retryNow(): void {
    if (this.destroyed || this.socket.connected) return
    this.socket.disconnect()
    this.connect()
  }

  /** Closes the connection; local edits keep accumulating and merge on the next `connect()`. */
  disconnect(): void {
    this.closedByOwner = true
    clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    const wasConnected = this.socket.connected
    this.socket.disconnect()
    // Stopping a connection attempt emits no 'disconnect' event, so say it here.
    if (!wasConnected && this.status !== ProviderStatus.Error) this.setStatus(ProviderStatus.Disconnected)
  }

  /** Resolves once every document has received the server's state; rejects on a fatal error. */
  whenSynced(): Promise<void> {
    if (this.synced) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const onStatus = ({ status, error }: StatusEvent) => {
        if (status === ProviderStatus.Synced) resolve()
        else if (status === ProviderStatus.Error) reject(error)
        else return
        this.off('status', onStatus)
      }
      this.on('status', onStatus)
    })
  }

  /** Disconnects and releases every listener; the documents given to it are left to their owner. */
  override destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    clearTimeout(this.resyncTimer)
    clearTimeout(this.retryTimer)
    this.awarenessThrottle.destroy()
    this.presenceKeepAlive.stop()
    this.documents.destroy()
    this.awareness.destroy()
    this.socket.removeAllListeners()
    this.socket.disconnect()
    if (this.ownsControl) this.control.destroy()
    this.session.destroy()
    this.setStatus(ProviderStatus.Disconnected)
    super.destroy()
  }

  private setStatus(status: ProviderStatus, error?: BoardError, retryAt?: number) {
    this.status = status
    this.error = error
    this.emit('status', [{ status, error, retryAt }])
  }

  private readonly onConnect = () => {
    this.synced = false
    this.lastBoardError = undefined
    this.documents.resetAll()
    this.setStatus(ProviderStatus.Connected)
    this.serverClock.invalidate()
    this.presenceKeepAlive.start()
    const presence = this.awareness.getLocalState()
    if (presence === null) return
    // A new clock: the server removed this presence when the last connection dropped, with a newer
    // clock than the one it last heard, and would ignore the old one.
    this.awareness.setLocalState(presence)
    this.awarenessThrottle.flush()
  }

  private readonly onDisconnect = (reason: Socket.DisconnectReason) => {
    this.synced = false
    this.documents.resetAll()
    this.presenceKeepAlive.stop()
    // Others' presence is stale once we cannot hear about them leaving.
    forgetOthers(this.awareness, this)
    if (this.status === ProviderStatus.Error || this.destroyed) return
    if (this.closedByOwner) return this.setStatus(ProviderStatus.Disconnected)
    const error = this.lastBoardError
    if (error && FATAL_CODES.has(error.code)) return this.setStatus(ProviderStatus.Error, error)
    const cause =
      reason === 'io server disconnect'
        ? (error ?? new BoardError(ErrorCode.BoardUnavailable, 'The server closed the connection.'))
        : new BoardError(ErrorCode.BoardUnavailable, 'The connection to the server was lost.')
    this.scheduleRetry(cause)
  }

  private readonly onConnectError = (error: Error & { data?: unknown }) => {
    const payload: ErrorPayload = isErrorPayload(error.data)
      ? error.data
      : { code: ErrorCode.BoardUnavailable, message: `cannot reach the server: ${error.message}` }
    const boardError = new BoardError(payload.code, payload.message)
    if (FATAL_CODES.has(payload.code)) {
      this.closedByOwner = true
      this.socket.disconnect()
      this.setStatus(ProviderStatus.Error, boardError)
    } else {
      this.scheduleRetry(boardError)
    }
  }

  /** A socket to one node, listened to; created again for each node the provider moves to. */
  private openSocket(url: string): Socket<ServerToClientEvents, ClientToServerEvents> {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, this.socketOptions)
    socket.on('connect', this.onConnect)
    socket.on('disconnect', this.onDisconnect)
    socket.on('connect_error', this.onConnectError)
    socket.on('documents', this.onDocuments)
    socket.on('seat', this.onSeat)
    socket.on('sync', this.onSyncMessage)
    socket.on('awareness', this.onAwarenessMessage)
    socket.on('board-error', this.onBoardError)
    return socket
  }

  /**
   * Moves to the next node after a failure. Nothing is lost by it: local edits stay in the documents
   * and the next handshake offers whatever that node lacks, which it reads from the shared store.
   */
  private moveToNextUrl() {
    if (this.urls.length < 2) return
    this.urlIndex = (this.urlIndex + 1) % this.urls.length
    this.socket.removeAllListeners()
    this.socket.disconnect()
    this.socket = this.openSocket(this.url)
  }

  /** Tries again after a backoff that grows with each failure in a row, and says when. */
  private scheduleRetry(cause: BoardError) {
    if (this.destroyed || this.closedByOwner) return
    clearTimeout(this.retryTimer)
    this.moveToNextUrl()
    const delay = backoffDelay(this.attempt++, this.retryOptions)
    const retryAt = Date.now() + delay
    this.setStatus(ProviderStatus.Connecting, cause, retryAt)
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined
      if (!this.destroyed && !this.closedByOwner) this.socket.connect()
    }, delay)
  }

  private readonly onSyncMessage = (name: unknown, payload: unknown) => {
    try {
      if (this.documents.receive(name, payload)) this.markSynced()
    } catch {
      // A throw here would be an uncaught exception in the socket's listener. The message may have
      // carried edits, so a fresh handshake fetches them again.
      const error = new BoardError(ErrorCode.MalformedMessage, 'A message from the server could not be read.')
      this.emit('board-error', [error])
      this.scheduleResync()
    }
  }

  /** Synced once every granted document has the server's state. */
  private markSynced() {
    if (this.synced) return
    this.synced = true
    this.attempt = 0
    this.setStatus(ProviderStatus.Synced)
    this.emit('synced', [])
  }

  private readonly onDocuments = (grants: unknown) => {
    if (this.documents.grant(grants)) this.emit('documents', [this.documents.grantedNames()])
  }

  private readonly onSeat = (seat: unknown) => {
    if (typeof seat !== 'object' || seat === null) return
    this.seat = seat as Seat
    this.emit('seat', [this.seat])
  }

  private readonly onAwarenessMessage = (payload: unknown) => {
    const bytes = toBytes(payload)
    try {
      if (bytes) awarenessProtocol.applyAwarenessUpdate(this.awareness, bytes, this)
    } catch {
      // Unreadable presence is dropped: it holds no edits, and the sender's next renewal replaces it.
    }
  }

  private readonly onBoardError = (payload: unknown) => {
    if (!isErrorPayload(payload)) return
    const error = new BoardError(payload.code, payload.message)
    this.lastBoardError = error
    this.emit('board-error', [error])
    if (payload.code === ErrorCode.TokenRevoked || payload.code === ErrorCode.Unauthorized) {
      this.closedByOwner = true
      this.socket.disconnect()
      this.setStatus(ProviderStatus.Error, error)
    } else if (payload.code === ErrorCode.RateLimited) {
      this.scheduleResync()
    } else if (REFUSAL_CODES.has(payload.code)) {
      this.emit('diverged', [error])
    }
  }

  /**
   * Re-runs the handshake after a pause. Messages dropped for rate, or an unreadable one from the
   * server, lose nothing this way: the handshake's step 2s carry whatever either side lacks.
   */
  private scheduleResync() {
    if (this.resyncTimer) return
    this.resyncTimer = setTimeout(() => {
      this.resyncTimer = undefined
      if (this.destroyed || !this.socket.connected) return
      this.socket.disconnect()
      this.connect()
    }, RATE_LIMIT_RESYNC_MS)
  }

  private readonly sendAwareness = (update: Uint8Array) => {
    if (this.socket.connected) this.socket.emit('awareness', update)
  }

  private readonly sendSync = (doc: string, message: Uint8Array) => {
    if (this.socket.connected) this.socket.emit('sync', doc, message)
  }
}
