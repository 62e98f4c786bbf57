/**
 * A room's replay: snapshots of its `board` document — the part every reader may read, never drafts,
 * roster, session or ballots — taken at every phase change and, while the board changes, every few
 * minutes. Nothing runs per update: a timer compares the document with the last snapshot, and the
 * snapshot itself is written off the room's queue, then thinned to the limit (replayPolicy.ts).
 */
import * as Y from 'yjs'
import type { PhasePlan } from '../../shared/debate/formats.ts'
import { readBoardParts } from '../exports/boardContent.ts'
import type { Logger } from '../log.ts'
import type { BoardStore, NewReplaySnapshot } from '../storage/BoardStore.ts'
import { periodicSnapshotDue, snapshotsToThin, type ReplaySettings } from './replayPolicy.ts'

/** What the replay needs of its room. */
export interface ReplayHost {
  readonly boardId: string
  /** The board document now (the room may have rebuilt it from storage since the last call). */
  board(): Y.Doc
  /** Runs a task on the room's queue, where the document is as stored. */
  enqueue(task: () => Promise<void>): Promise<void>
  /** Whether the room failed: it then takes no more snapshots. */
  hasFailed(): boolean
  now(): number
}

export class RoomReplay {
  /** The board as of the last snapshot (or the load): a periodic one is taken only if it changed since. */
  private baseline: Y.Snapshot
  private lastAt: number | undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  /** Snapshot writes, one after the other, so that thinning always sees the one before it stored. */
  private writes: Promise<void> = Promise.resolve()
  private destroyed = false

  constructor(
    private readonly host: ReplayHost,
    private readonly store: BoardStore,
    private readonly settings: ReplaySettings,
    private readonly logger: Logger,
  ) {
    this.baseline = Y.snapshot(host.board())
    this.schedule()
  }

  /** After a phase change was applied (from inside the room's queue): a snapshot tagged with the phase entered. */
  phaseEntered(phase: Pick<PhasePlan, 'id' | 'name'>): void {
    if (this.destroyed || this.host.hasFailed()) return
    this.take(phase)
    this.schedule()
  }

  /** Before the room is unloaded (from inside its queue): a last snapshot if the board changed, all of them stored. */
  async flush(): Promise<void> {
    if (!this.destroyed && !this.host.hasFailed() && this.changed()) this.take(undefined)
    await this.writes
  }

  /** Resolves once every snapshot taken so far is stored (or failed to be, which is logged). */
  settled(): Promise<void> {
    return this.writes
  }

  destroy(): void {
    this.destroyed = true
    clearTimeout(this.timer)
  }

  /** The next periodic check, a whole interval after the last snapshot or check. */
  private schedule() {
    clearTimeout(this.timer)
    if (this.destroyed) return
    this.timer = setTimeout(() => this.check(), this.settings.intervalMs)
    // A board nobody edits must not keep the process alive for its replay.
    this.timer.unref?.()
  }

  private check() {
    void this.host
      .enqueue(async () => {
        if (this.destroyed || this.host.hasFailed()) return
        const { intervalMs } = this.settings
        const due = periodicSnapshotDue({
          changed: this.changed(),
          now: this.host.now(),
          lastAt: this.lastAt,
          intervalMs,
        })
        if (due) this.take(undefined)
      })
      .catch(noop)
      .finally(() => this.schedule())
  }

  /** Whether the board has an insert or a deletion the last snapshot lacks (a walk of its structs, once per check). */
  private changed(): boolean {
    return !Y.equalSnapshots(this.baseline, Y.snapshot(this.host.board()))
  }

  /** Takes a snapshot now (the document as stored, inside the queue) and writes it behind the others. */
  private take(phase: Pick<PhasePlan, 'id' | 'name'> | undefined) {
    const board = this.host.board()
    const at = this.host.now()
    const { cards, links } = readBoardParts(board)
    const snapshot: NewReplaySnapshot = {
      at,
      ...(phase ? { phaseId: phase.id } : {}),
      ...(phase?.name ? { phaseName: phase.name } : {}),
      cards: cards.length,
      links: links.length,
      state: Y.encodeStateAsUpdate(board),
    }
    this.baseline = Y.snapshot(board)
    this.lastAt = at
    this.writes = this.writes.then(() =>
      this.write(snapshot).catch((error: unknown) =>
        // A lost replay snapshot loses a point of the timeline, never an edit: log it and go on.
        this.logger.error({ err: error, phaseId: snapshot.phaseId }, 'replay snapshot could not be stored'),
      ),
    )
  }

  private async write(snapshot: NewReplaySnapshot) {
    const { boardId } = this.host
    await this.store.appendReplaySnapshot(boardId, snapshot)
    const thinned = snapshotsToThin(await this.store.listReplaySnapshots(boardId), this.settings.limit)
    if (thinned.length > 0) await this.store.deleteReplaySnapshots(boardId, thinned)
  }
}

function noop() {}
