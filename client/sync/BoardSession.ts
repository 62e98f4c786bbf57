/** One open board: its documents, their copy in this browser, the connection and this client's undo history. */
import * as Y from 'yjs'
import { DocName } from '../../shared/board/layout.ts'
import { BoardProvider, ProviderStatus, type StatusEvent } from '../../shared/sync/BoardProvider.ts'
import type { BoardError } from '../../shared/errors.ts'
import { keepLocalCopy, type LocalCopy } from './localCopy.ts'
import { createUndoManager } from './undo.ts'
import { IncrementalCards } from './incrementalCards.ts'

/** What the UI shows about the connection. */
export interface ConnectionState {
  status: ProviderStatus
  error: BoardError | undefined
  /** Whether the document has received the server's state at least once. */
  hasSynced: boolean
  /** When the next attempt to reconnect starts (ms since the epoch), while waiting to retry. */
  retryAt: number | undefined
}

export interface BoardSessionOptions {
  url: string
  boardId: string
  token: string | undefined
  participantKey: string
  /** The server refused a local edit for good: this session's document can no longer sync. */
  onDiverged?: () => void
}

export class BoardSession {
  readonly doc = new Y.Doc()
  readonly control = new Y.Doc()
  readonly provider: BoardProvider
  readonly undoManager: Y.UndoManager
  /**
   * The board's cards, followed from the start: a big board is read as its parts arrive (the server
   * sends it in slices), not all at once in the render that first shows it.
   */
  readonly cards: IncrementalCards
  private readonly stopCards: () => void
  private readonly localCopy: LocalCopy
  private connection: ConnectionState
  private readonly listeners = new Set<() => void>()
  private destroyed = false

  constructor(options: BoardSessionOptions) {
    const { onDiverged, ...providerOptions } = options
    this.cards = new IncrementalCards(this.doc)
    this.stopCards = this.cards.observe(() => undefined)
    this.localCopy = keepLocalCopy(options.boardId, {
      [DocName.Board]: this.doc,
      [DocName.Control]: this.control,
    })
    this.provider = new BoardProvider({
      ...providerOptions,
      doc: this.doc,
      control: this.control,
      connect: false,
    })
    this.provider.on('diverged', () => {
      // The kept copy holds the refused edit: it is forgotten before the board reopens, or the new
      // session would load it and offer it again.
      void this.localCopy.clear().then(() => {
        if (!this.destroyed) onDiverged?.()
      })
    })
    this.undoManager = createUndoManager(this.doc)
    this.connection = { status: this.provider.status, error: undefined, hasSynced: false, retryAt: undefined }
    this.provider.on('status', this.onStatus)
    // The browser knows first: drop at once when it goes offline, reconnect at once when it is back,
    // instead of waiting out the backoff.
    window.addEventListener('offline', this.onBrowserOffline)
    window.addEventListener('online', this.onBrowserOnline)
    // What this browser kept goes into the first handshake, so unsent edits reach the server at once.
    void this.localCopy.whenLoaded.then(() => {
      if (!this.destroyed) this.provider.connect()
    })
  }

  /** Subscribes to connection changes (useSyncExternalStore's `subscribe`). */
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getConnection = () => this.connection

  /** Connects again now: after a fatal error, or instead of waiting for the next retry. */
  retry(): void {
    this.provider.disconnect()
    this.provider.connect()
  }

  destroy(): void {
    this.destroyed = true
    window.removeEventListener('offline', this.onBrowserOffline)
    window.removeEventListener('online', this.onBrowserOnline)
    this.provider.off('status', this.onStatus)
    this.undoManager.destroy()
    this.stopCards()
    this.provider.destroy()
    this.localCopy.destroy()
    this.doc.destroy()
    this.control.destroy()
  }

  private readonly onBrowserOffline = () => this.provider.disconnect()

  private readonly onBrowserOnline = () => {
    if (this.provider.status !== ProviderStatus.Error) this.provider.connect()
  }

  private readonly onStatus = ({ status, error, retryAt }: StatusEvent) => {
    const hasSynced = this.connection.hasSynced || status === ProviderStatus.Synced
    this.connection = { status, error, hasSynced, retryAt }
    for (const listener of this.listeners) listener()
  }
}
