/**
 * One Yjs document of a live board, with what the room needs to know of it: how much of it is in the
 * update log, how many entries its capacity-limited maps hold, and an apply that reports exactly
 * what changed.
 */
import * as Y from 'yjs'
import { RootType } from '../../shared/board/layout.ts'
import type { StoredDocumentState } from '../storage/BoardStore.ts'
import { countMapEntriesDelta } from './policy/countMapEntries.ts'

/** Root maps whose number of entries a limit caps; counted as they change, never by walking them. */
const COUNTED_ROOTS = [RootType.Cards, RootType.Sources] as const

export class RoomDocument {
  readonly doc = new Y.Doc()
  /** The updates appended since the last snapshot. */
  log = { count: 0, bytes: 0, lastSeq: 0 }
  /** Bytes of this document in storage: its snapshot plus its log. */
  storedBytes = 0
  /** The doc holds an accepted edit that is in neither the log nor the snapshot. */
  needsSnapshot = false
  compactionScheduled = false
  private readonly entries = new Map<string, number>()

  private constructor(readonly name: string) {}

  /** Rebuilds a document from storage (or an empty one); throws when the stored bytes cannot be applied. */
  static fromStored(name: string, state: StoredDocumentState | undefined, origin: unknown): RoomDocument {
    const room = new RoomDocument(name)
    try {
      room.doc.transact(() => {
        if (state?.snapshot) Y.applyUpdate(room.doc, state.snapshot, origin)
        for (const { update } of state?.updates ?? []) Y.applyUpdate(room.doc, update, origin)
      }, origin)
    } catch (error) {
      room.destroy()
      throw error
    }
    const updates = state?.updates ?? []
    const logBytes = updates.reduce((sum, { update }) => sum + update.length, 0)
    room.log = { count: updates.length, bytes: logBytes, lastSeq: updates.at(-1)?.seq ?? 0 }
    room.storedBytes = (state?.snapshot?.length ?? 0) + logBytes
    room.countEntries()
    return room
  }

  /** Live entries of a root map (0 for a root this document does not hold). */
  entriesOf(root: string): number {
    return this.entries.get(root) ?? 0
  }

  /**
   * Applies a checked update and returns what it changed, encoded by this document (never the sender's
   * bytes), or undefined when it changed nothing. A throw leaves the document half-changed: the room
   * must then rebuild it from storage.
   */
  apply(update: Uint8Array, origin: unknown): Uint8Array | undefined {
    return this.capture(() => Y.applyUpdate(this.doc, update, origin))
  }

  /** Runs a change of the server's own in one transaction and returns what it changed. */
  change(edit: (doc: Y.Doc) => void, origin: unknown): Uint8Array | undefined {
    return this.capture(() => this.doc.transact(() => edit(this.doc), origin))
  }

  /** Records an update appended to the log. */
  recordAppend(seq: number, bytes: number): void {
    this.log.count++
    this.log.bytes += bytes
    this.log.lastSeq = seq
    this.storedBytes += bytes
  }

  /** Records a snapshot that replaced the log. */
  recordSnapshot(bytes: number): void {
    this.log = { count: 0, bytes: 0, lastSeq: this.log.lastSeq }
    this.storedBytes = bytes
    this.needsSnapshot = false
  }

  destroy(): void {
    this.doc.destroy()
  }

  private capture(run: () => void): Uint8Array | undefined {
    let changed: Uint8Array | undefined
    const onUpdate = (update: Uint8Array) => {
      changed = update
    }
    this.doc.on('update', onUpdate)
    try {
      run()
    } finally {
      this.doc.off('update', onUpdate)
    }
    return changed
  }

  /** Counts the capped maps once, then follows their changes. */
  private countEntries() {
    for (const root of COUNTED_ROOTS) {
      // Defining a root changes nothing in the document: no struct, no update.
      const map = this.doc.getMap(root)
      this.entries.set(root, map.size)
      map.observe((event) => {
        this.entries.set(root, (this.entries.get(root) ?? 0) + countMapEntriesDelta(event))
      })
    }
  }
}
