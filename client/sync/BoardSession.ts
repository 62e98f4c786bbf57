/** One open board: its document, its connection to the server and this client's undo history. */
import * as Y from 'yjs'
import { BoardProvider, ProviderStatus, type StatusEvent } from '../../shared/sync/BoardProvider.ts'
import type { BoardError } from '../../shared/errors.ts'
import { createUndoManager } from './undo.ts'

/** What the UI shows about the connection. */
export interface ConnectionState {
  status: ProviderStatus
  error: BoardError | undefined
  /** Whether the document has received the server's state at least once. */
  hasSynced: boolean
}

export interface BoardSessionOptions {
  url: string
  boardId: string
  token: string | undefined
  /** The server refused a local edit for good: this session's document can no longer sync. */
  onDiverged?: () => void
}

export class BoardSession {
  readonly doc = new Y.Doc()
  readonly provider: BoardProvider
  readonly undoManager: Y.UndoManager
  private connection: ConnectionState
  private readonly listeners = new Set<() => void>()

  constructor(options: BoardSessionOptions) {
    const { onDiverged, ...providerOptions } = options
    this.provider = new BoardProvider({ ...providerOptions, doc: this.doc, connect: false })
    if (onDiverged) this.provider.on('diverged', onDiverged)
    this.undoManager = createUndoManager(this.doc)
    this.connection = { status: this.provider.status, error: undefined, hasSynced: false }
    this.provider.on('status', this.onStatus)
    // The browser knows first: drop at once when it goes offline, reconnect at once when it is back,
    // instead of waiting out socket.io's backoff.
    window.addEventListener('offline', this.onBrowserOffline)
    window.addEventListener('online', this.onBrowserOnline)
    this.provider.connect()
  }

  /** Subscribes to connection changes (useSyncExternalStore's `subscribe`). */
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getConnection = () => this.connection

  /** Connects again after a fatal error or a manual disconnect. */
  retry(): void {
    this.provider.disconnect()
    this.provider.connect()
  }

  destroy(): void {
    window.removeEventListener('offline', this.onBrowserOffline)
    window.removeEventListener('online', this.onBrowserOnline)
    this.provider.off('status', this.onStatus)
    this.undoManager.destroy()
    this.provider.destroy()
    this.doc.destroy()
  }

  private readonly onBrowserOffline = () => this.provider.disconnect()

  private readonly onBrowserOnline = () => {
    if (this.provider.status !== ProviderStatus.Error) this.provider.connect()
  }

  private readonly onStatus = ({ status, error }: StatusEvent) => {
    const hasSynced = this.connection.hasSynced || status === ProviderStatus.Synced
    this.connection = { status, error, hasSynced }
    for (const listener of this.listeners) listener()
  }
}
