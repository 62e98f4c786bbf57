/** Keeps one room per active board: loaded once however many join at once, unloaded when idle. */
import { EventEmitter } from 'node:events'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { BoardRoom, type RoomOptions } from './BoardRoom.ts'

interface RoomEntry {
  room: Promise<BoardRoom>
  /** The room once loaded, so that a release can tell it is for this entry's room. */
  loaded: BoardRoom | undefined
  holders: number
  idleTimer: NodeJS.Timeout | undefined
}

export interface RoomRegistryOptions extends RoomOptions {
  /** How long a room with no holders stays loaded. */
  idleMs: number
}

type RegistryEvents = { loaded: [boardId: string]; unloaded: [boardId: string] }

export class RoomRegistry extends EventEmitter<RegistryEvents> {
  private readonly entries = new Map<string, RoomEntry>()
  /** Boards whose room is being flushed on its way out: their next load waits for it. */
  private readonly unloading = new Map<string, Promise<void>>()
  private closed = false

  constructor(
    private readonly store: BoardStore,
    private readonly options: RoomRegistryOptions,
    private readonly logger: Logger,
  ) {
    super()
  }

  /** The room of a board, loading it on first use; every acquire needs one `release`. */
  async acquire(boardId: string): Promise<BoardRoom> {
    if (this.closed)
      throw new BoardError(ErrorCode.BoardUnavailable, 'The server is shutting down; try again shortly.')
    let entry = this.entries.get(boardId)
    if (!entry) {
      entry = { room: this.load(boardId), loaded: undefined, holders: 0, idleTimer: undefined }
      this.entries.set(boardId, entry)
    }
    entry.holders++
    clearTimeout(entry.idleTimer)
    try {
      entry.loaded = await entry.room
      return entry.loaded
    } catch (error) {
      entry.holders--
      // A failed load is forgotten, so that the next join tries again instead of failing forever.
      if (this.entries.get(boardId) === entry) this.entries.delete(boardId)
      throw error
    }
  }

  /**
   * Gives back a room; when nobody holds it, it is unloaded after the idle time. Pass the room when
   * there is one: a failed room is unloaded while held, and its holders must not release its successor.
   */
  release(boardId: string, room?: BoardRoom): void {
    const entry = this.entries.get(boardId)
    if (!entry || this.closed || (room && entry.loaded !== room)) return
    entry.holders = Math.max(0, entry.holders - 1)
    if (entry.holders > 0) return
    clearTimeout(entry.idleTimer)
    entry.idleTimer = setTimeout(() => {
      this.unload(boardId, entry).catch((error: unknown) =>
        this.logger.error({ err: error, boardId }, 'room could not be flushed before unloading'),
      )
    }, this.options.idleMs)
  }

  /** Runs `use` with the room held, releasing it afterwards. */
  async withRoom<T>(boardId: string, use: (room: BoardRoom) => T | Promise<T>): Promise<T> {
    const room = await this.acquire(boardId)
    try {
      return await use(room)
    } finally {
      this.release(boardId, room)
    }
  }

  /** Whether a board's room is in memory now. */
  isLoaded(boardId: string): boolean {
    return this.entries.has(boardId)
  }

  /**
   * The room of a board if this node has it, loaded or loading, without holding it: an update from
   * another node reaches it, but does not keep it from unloading when idle.
   */
  roomIfPresent(boardId: string): Promise<BoardRoom> | undefined {
    return this.entries.get(boardId)?.room
  }

  get loadedCount(): number {
    return this.entries.size
  }

  /**
   * Flushes and unloads every room, held or not (server shutdown): sockets give their rooms back a
   * microtask after they close, too late to count on their release.
   */
  async closeAll(): Promise<void> {
    this.closed = true
    const entries = [...this.entries]
    this.entries.clear()
    // Every room is flushed and destroyed even when another's flush fails; then the failures are told.
    const results = await Promise.allSettled(
      entries.map(([boardId, entry]) => this.destroyEntry(boardId, entry)),
    )
    const errors = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []))
    if (errors.length > 0) throw new AggregateError(errors, `${errors.length} room(s) could not be flushed`)
  }

  private async load(boardId: string) {
    // NOTE: a join while the board's last room flushes would load what storage holds before that
    // flush lands; with a store that truly awaits (PostgreSQL), the two rooms' writes would interleave.
    await this.unloading.get(boardId)
    const room = await BoardRoom.load(boardId, this.store, this.options, this.logger)
    room.once('failed', () => this.dropFailed(boardId, room))
    this.logger.debug({ boardId }, 'room loaded')
    this.emit('loaded', boardId)
    return room
  }

  /**
   * Unloads a room whose storage failed, at once and without flushing it (storage has just failed):
   * the next join loads the board from storage, and clients offer their edits again in the handshake.
   */
  private dropFailed(boardId: string, room: BoardRoom) {
    const entry = this.entries.get(boardId)
    if (entry?.loaded === room) {
      clearTimeout(entry.idleTimer)
      this.entries.delete(boardId)
    }
    room.destroy()
    this.logger.warn({ boardId }, 'failed room unloaded')
    this.emit('unloaded', boardId)
  }

  private async unload(boardId: string, entry: RoomEntry) {
    if (entry.holders > 0 || this.entries.get(boardId) !== entry) return
    this.entries.delete(boardId)
    const done = this.destroyEntry(boardId, entry)
    const settled = done.then(noop, noop)
    this.unloading.set(boardId, settled)
    void settled.then(() => {
      if (this.unloading.get(boardId) === settled) this.unloading.delete(boardId)
    })
    await done
  }

  private async destroyEntry(boardId: string, entry: RoomEntry) {
    clearTimeout(entry.idleTimer)
    const room = await entry.room.catch(() => undefined)
    if (!room) return
    try {
      await room.flush()
    } finally {
      room.destroy()
      this.logger.debug({ boardId }, 'room unloaded')
      this.emit('unloaded', boardId)
    }
  }
}

function noop() {}
