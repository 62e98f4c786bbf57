/** The sync state of one document of a board on the current connection. */
import type * as Y from 'yjs'

export class DocumentSync {
  /** Whether the server grants this document to the connection, and whether it may write it. */
  grant: { write: boolean } | undefined
  /**
   * Whether we answered the server's step 1: our step 2 carried every local edit made before it, and
   * edits after it may go out one by one. Until then they wait, so that none reaches the server
   * before the handshake that carries what it builds on.
   */
  answered = false
  /** Whether the server's step 2 has arrived on this connection. */
  synced = false

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
  ) {}

  /** Forgets the handshake: a new connection starts it again. */
  reset(grant: { write: boolean } | undefined): void {
    this.grant = grant
    this.answered = false
    this.synced = false
  }

  /** Whether a local edit may be sent now. */
  get mayStream(): boolean {
    return this.answered && this.grant?.write === true
  }
}
