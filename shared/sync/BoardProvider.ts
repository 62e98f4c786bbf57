/**
 * Connects a Y.Doc to a board on the server, from the browser or from Node. Runs the y-protocols
 * handshake on every (re)connect, so edits made offline merge by state vector; it never relies on
 * socket.io's connection-state recovery.
 */
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { ObservableV2 } from 'lib0/observable'
import { io, type Socket } from 'socket.io-client'
import {
  PROTOCOL_VERSION,
  SOCKET_PATH,
  SyncMessageType,
  decodeSyncMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  toBytes,
  type ClientToServerEvents,
  type Handshake,
  type ServerToClientEvents,
} from '../protocol.ts'
import { BoardError, ErrorCode, isErrorPayload, type ErrorPayload } from '../errors.ts'
import { AwarenessThrottle } from './awarenessThrottle.ts'

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
}

export interface BoardProviderOptions {
  /** The server's origin, e.g. `http://127.0.0.1:3000`. */
  url: string
  boardId: string
  doc: Y.Doc
  /** A capability token from a board link. */
  token?: string
  /** The display name published in awareness as `user.name`. */
  name?: string
  /** Connect at once (default true). */
  connect?: boolean
  /** The least time between two awareness messages this client sends (default 50 ms: 20 per second). */
  awarenessIntervalMs?: number
  /** socket.io transports, websocket first by default. */
  transports?: ('websocket' | 'polling')[]
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
  ErrorCode.MalformedMessage,
])

/** How long to wait, after the server dropped messages for rate, before re-running the handshake. */
const RATE_LIMIT_RESYNC_MS = 1_000

/** Keeps a Y.Doc and an Awareness in sync with one board on the server. */
export class BoardProvider extends ObservableV2<ProviderEvents> {
  readonly doc: Y.Doc
  /**
   * NOTE: presence code uses `awareness.clientID`, never `doc.clientID`: Yjs gives the doc a new id
   * when it meets its own id in a remote update, while the Awareness keeps the one it started with.
   */
  readonly awareness: awarenessProtocol.Awareness
  readonly boardId: string
  status: ProviderStatus = ProviderStatus.Disconnected
  error: BoardError | undefined
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>
  private readonly awarenessThrottle: AwarenessThrottle
  private synced = false
  private destroyed = false
  private lastBoardError: BoardError | undefined
  private resyncTimer: ReturnType<typeof setTimeout> | undefined

  constructor(options: BoardProviderOptions) {
    super()
    this.doc = options.doc
    this.boardId = options.boardId
    this.awareness = new awarenessProtocol.Awareness(this.doc)
    if (options.name !== undefined) this.awareness.setLocalStateField('user', { name: options.name })
    const interval = options.awarenessIntervalMs ?? 50
    this.awarenessThrottle = new AwarenessThrottle(this.awareness, interval, this.sendAwareness, this)
    const auth: Handshake = {
      protocolVersion: PROTOCOL_VERSION,
      boardId: options.boardId,
      token: options.token,
    }
    this.socket = io(options.url, {
      path: SOCKET_PATH,
      auth,
      autoConnect: false,
      transports: options.transports ?? ['websocket', 'polling'],
      reconnectionDelayMax: 5_000,
    })
    this.socket.on('connect', this.onConnect)
    this.socket.on('disconnect', this.onDisconnect)
    this.socket.on('connect_error', this.onConnectError)
    this.socket.on('sync', this.onSyncMessage)
    this.socket.on('awareness', this.onAwarenessMessage)
    this.socket.on('board-error', this.onBoardError)
    this.doc.on('update', this.onDocUpdate)
    if (options.connect !== false) this.connect()
  }

  /** Opens the connection (again, after `disconnect()` or a fatal error). */
  connect(): void {
    if (this.destroyed) return
    this.setStatus(ProviderStatus.Connecting)
    this.socket.connect()
  }

  /** Closes the connection; local edits keep accumulating and merge on the next `connect()`. */
  disconnect(): void {
    const wasConnected = this.socket.connected
    this.socket.disconnect()
    // Stopping a reconnection attempt emits no 'disconnect' event, so say it here.
    if (!wasConnected && this.status !== ProviderStatus.Error) this.setStatus(ProviderStatus.Disconnected)
  }

  /** Resolves once the document has received the server's state; rejects on a fatal error. */
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

  /** Disconnects and releases every listener; the Y.Doc itself is left to its owner. */
  override destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    clearTimeout(this.resyncTimer)
    this.awarenessThrottle.destroy()
    this.doc.off('update', this.onDocUpdate)
    this.awareness.destroy()
    this.socket.removeAllListeners()
    this.socket.disconnect()
    this.setStatus(ProviderStatus.Disconnected)
    super.destroy()
  }

  private setStatus(status: ProviderStatus, error?: BoardError) {
    this.status = status
    this.error = error
    this.emit('status', [{ status, error }])
  }

  private readonly onConnect = () => {
    this.synced = false
    this.lastBoardError = undefined
    this.setStatus(ProviderStatus.Connected)
    this.socket.emit('sync', encodeSyncStep1(this.doc))
    if (this.awareness.getLocalState() !== null) this.awarenessThrottle.flush()
  }

  private readonly onDisconnect = (reason: Socket.DisconnectReason) => {
    this.synced = false
    // Others' presence is stale once we cannot hear about them leaving.
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.awareness.clientID)
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this)
    if (this.status === ProviderStatus.Error) return
    if (reason === 'io server disconnect') {
      // socket.io does not retry after the server closed the socket itself: say why, and stop.
      const error =
        this.lastBoardError ?? new BoardError(ErrorCode.BoardUnavailable, 'The server closed the connection.')
      this.setStatus(ProviderStatus.Error, error)
    } else {
      this.setStatus(ProviderStatus.Disconnected)
    }
  }

  private readonly onConnectError = (error: Error & { data?: unknown }) => {
    const payload: ErrorPayload = isErrorPayload(error.data)
      ? error.data
      : { code: ErrorCode.BoardUnavailable, message: `cannot reach the server: ${error.message}` }
    const boardError = new BoardError(payload.code, payload.message)
    if (FATAL_CODES.has(payload.code)) {
      this.socket.disconnect()
      this.setStatus(ProviderStatus.Error, boardError)
    } else {
      this.setStatus(ProviderStatus.Connecting, boardError)
    }
  }

  private readonly onSyncMessage = (payload: unknown) => {
    try {
      this.applySyncMessage(payload)
    } catch {
      // A throw here would be an uncaught exception in the socket's listener. The message may have
      // carried edits, so a fresh handshake fetches them again.
      const error = new BoardError(ErrorCode.MalformedMessage, 'A message from the server could not be read.')
      this.emit('board-error', [error])
      this.scheduleResync()
    }
  }

  private applySyncMessage(payload: unknown) {
    const bytes = toBytes(payload)
    if (!bytes) throw new Error('sync messages must be binary')
    const message = decodeSyncMessage(bytes)
    if (message.type === SyncMessageType.Step1) {
      this.socket.emit('sync', encodeSyncStep2(this.doc, message.stateVector))
      return
    }
    Y.applyUpdate(this.doc, message.update, this)
    if (message.type === SyncMessageType.Step2 && !this.synced) {
      this.synced = true
      this.setStatus(ProviderStatus.Synced)
      this.emit('synced', [])
    }
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
   * server, lose nothing this way: the handshake's two step 2s carry whatever either side lacks.
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

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    // While offline the edit stays in the doc and reaches the server in the next handshake.
    if (origin !== this && this.socket.connected) this.socket.emit('sync', encodeSyncUpdate(update))
  }
}
