/**
 * A board's documents on the client, and the state of each one's handshake on the current
 * connection: which the server granted, which have answered its step 1, which have its state.
 */
import * as Y from 'yjs'
import type { DocumentGrant } from '../access.ts'
import {
  SyncMessageType,
  decodeSyncMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  toBytes,
} from '../protocol.ts'
import { DocumentSync } from './DocumentSync.ts'

/** Sends one sync message of one document, if the connection is up. */
export type SendSync = (doc: string, message: Uint8Array) => void

export class BoardDocuments {
  private readonly byName = new Map<string, DocumentSync>()
  /** The same, by document: every local edit looks its document up here. */
  private readonly byDoc = new Map<Y.Doc, DocumentSync>()

  /** `remoteOrigin` tags what came from the server, which is never sent back. */
  constructor(
    private readonly send: SendSync,
    private readonly remoteOrigin: unknown,
  ) {}

  /** Follows a document: its local edits go to the server once its handshake allows. */
  add(name: string, doc: Y.Doc): DocumentSync {
    const sync = new DocumentSync(name, doc)
    this.byName.set(name, sync)
    this.byDoc.set(doc, sync)
    doc.on('update', this.onUpdate)
    return sync
  }

  /** The sync state of a document, if it is followed. */
  get(name: string): DocumentSync | undefined {
    return this.byName.get(name)
  }

  /** A new connection, or none: every handshake starts again. */
  resetAll(): void {
    for (const sync of this.byName.values()) sync.reset(undefined)
  }

  /**
   * The server says which documents this connection may read: start the handshake of each new one,
   * and stop following those no longer granted. Returns whether the list changed.
   */
  grant(grants: unknown): boolean {
    if (!Array.isArray(grants)) return false
    const granted = new Set<string>()
    let changed = false
    for (const grant of grants as DocumentGrant[]) {
      if (typeof grant?.name !== 'string') continue
      granted.add(grant.name)
      const write = grant.write === true
      const sync = this.byName.get(grant.name) ?? this.add(grant.name, new Y.Doc())
      // A document already granted on this connection keeps its handshake: a second step 1 would
      // only be refused for rate.
      if (sync.grant) {
        changed ||= sync.grant.write !== write
        sync.grant = { write }
        continue
      }
      changed = true
      sync.reset({ write })
      this.send(grant.name, encodeSyncStep1(sync.doc))
    }
    for (const sync of this.byName.values()) {
      if (sync.grant && !granted.has(sync.name)) {
        sync.reset(undefined)
        changed = true
      }
    }
    return changed
  }

  /** The names of the documents granted on this connection. */
  grantedNames(): string[] {
    return [...this.byName.values()].filter((sync) => sync.grant).map((sync) => sync.name)
  }

  /**
   * Handles a sync message from the server; true when it completed the handshake of the last
   * granted document. Throws on a message it cannot read.
   */
  receive(name: unknown, payload: unknown): boolean {
    const sync = typeof name === 'string' ? this.byName.get(name) : undefined
    const bytes = toBytes(payload)
    if (!sync?.grant || !bytes) throw new Error('a sync message for no granted document')
    const message = decodeSyncMessage(bytes)
    if (message.type === SyncMessageType.Step1) {
      // A read-only document's step 2 would be ignored by the server: it is not sent at all.
      if (sync.grant.write) this.send(sync.name, encodeSyncStep2(sync.doc, message.stateVector))
      sync.answered = true
      return false
    }
    Y.applyUpdate(sync.doc, message.update, this.remoteOrigin)
    if (message.type !== SyncMessageType.Step2 || sync.synced) return false
    sync.synced = true
    return [...this.byName.values()].every((other) => !other.grant || other.synced)
  }

  /** Stops following every document; the documents themselves are left to their owners. */
  destroy(): void {
    for (const sync of this.byName.values()) sync.doc.off('update', this.onUpdate)
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown, doc: Y.Doc) => {
    if (origin === this.remoteOrigin) return
    // Until the handshake has carried it, an edit stays in the doc: the next step 2 sends it.
    const sync = this.byDoc.get(doc)
    if (sync?.mayStream) this.send(sync.name, encodeSyncUpdate(update))
  }
}
