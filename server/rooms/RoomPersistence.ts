/**
 * How a room's documents reach storage: each applied update appended to the log (or, if that fails,
 * inside a snapshot), and the log compacted into a snapshot off the hot path.
 */
import * as Y from 'yjs'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import type { RoomDocument } from './RoomDocument.ts'

/** What persistence needs of its room. */
export interface PersistenceHost {
  /** Runs a task on the room's queue. */
  enqueue(task: () => Promise<void>): Promise<void>
  /** Storage lost an accepted edit: the room must fail. */
  fail(error: unknown): void
  /** Whether the room has failed (it then writes nothing more). */
  hasFailed(): boolean
  /** Whether `target` is still the room's document of its name (not rebuilt from storage since). */
  isCurrent(target: RoomDocument): boolean
}

export interface CompactionOptions {
  compactAfterUpdates: number
  compactAfterBytes: number
}

export class RoomPersistence {
  constructor(
    private readonly boardId: string,
    private readonly store: BoardStore,
    private readonly options: CompactionOptions,
    private readonly logger: Logger,
    private readonly host: PersistenceHost,
  ) {}

  /**
   * Makes an applied update durable: appended to the log or, if that fails, inside a full snapshot.
   * NOTE: an applied update cannot be left unstored and the room go on: it is in the state vector,
   * so its sender never offers it again, and later updates built on it would be stored without it.
   * If both writes fail the room fails (false), and everyone re-syncs from storage later.
   */
  async storeUpdate(target: RoomDocument, update: Uint8Array): Promise<boolean> {
    try {
      target.recordAppend(await this.store.appendUpdate(this.boardId, target.name, update), update.length)
      return true
    } catch (error) {
      this.logger.error(
        { err: error, doc: target.name },
        'update could not be appended; writing a snapshot instead',
      )
      target.needsSnapshot = true
      try {
        await this.compactNow(target)
        return true
      } catch (snapshotError) {
        this.host.fail(snapshotError)
        return false
      }
    }
  }

  /** Compacts a document's log once it is due, on the room's queue after the update that made it due. */
  scheduleCompaction(target: RoomDocument): void {
    const { count, bytes } = target.log
    const due = count >= this.options.compactAfterUpdates || bytes >= this.options.compactAfterBytes
    if (!due || target.compactionScheduled) return
    target.compactionScheduled = true
    // Runs after the update that made it due was broadcast: updates that arrive meanwhile wait behind it.
    setImmediate(() => {
      this.host
        .enqueue(() => this.compactNow(target))
        .catch((error: unknown) =>
          // The log still holds every update, so nothing is lost; the next update schedules it again.
          this.logger.error({ err: error, doc: target.name }, 'compaction failed'),
        )
    })
  }

  /** Writes everything of a document not yet in a snapshot into one; rejects when storage fails. */
  async compactNow(target: RoomDocument): Promise<void> {
    target.compactionScheduled = false
    // A failed room writes nothing more: a fresh room may already be writing this board. A document
    // rebuilt from storage meanwhile is no longer the room's.
    if (this.host.hasFailed() || !this.host.isCurrent(target)) return
    if (target.log.count === 0 && !target.needsSnapshot) return
    const snapshot = Y.encodeStateAsUpdate(target.doc)
    await this.store.compact(this.boardId, target.name, snapshot, target.log.lastSeq)
    this.logger.debug(
      { doc: target.name, updates: target.log.count, snapshotBytes: snapshot.length },
      'compacted',
    )
    target.recordSnapshot(snapshot.length)
  }
}
