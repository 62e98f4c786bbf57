/** Keeps one room per active board: loaded once however many join at once, unloaded when idle. */
import { EventEmitter } from 'node:events'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { BoardRoom, type RoomOptions } from './BoardRoom.ts'

interface RoomEntry {
  room: Promise<BoardRoom>
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
      entry = { room: this.load(boardId), holders: 0, idleTimer: undefined }
      this.entries.set(boardId, entry)
    }
    entry.holders++
    clearTimeout(entry.idleTimer)
    try {
      return await entry.room
    } catch (error) {
      entry.holders--
      // A failed load is forgotten, so that the next join tries again instead of failing forever.
      if (this.entries.get(boardId) === entry) this.entries.delete(boardId)
      throw error
    }
  }

  /** Gives back a room; when nobody holds it, it is unloaded after the idle time. */
  release(boardId: string): void {
    const entry = this.entries.get(boardId)
    if (!entry || this.closed) return
    entry.holders = Math.max(0, entry.holders - 1)
    if (entry.holders > 0) return
    clearTimeout(entry.idleTimer)
    entry.idleTimer = setTimeout(() => void this.unload(boardId, entry), this.options.idleMs)
  }

  /** Runs `use` with the room held, releasing it afterwards. */
  async withRoom<T>(boardId: string, use: (room: BoardRoom) => T | Promise<T>): Promise<T> {
    const room = await this.acquire(boardId)
    try {
      return await use(room)
    } finally {
      this.release(boardId)
    }
  }

  /** Whether a board's room is in memory now. */
  isLoaded(boardId: string): boolean {
    return this.entries.has(boardId)
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
    await Promise.all(entries.map(([boardId, entry]) => this.destroyEntry(boardId, entry)))
  }

  private async load(boardId: string) {
    const room = await BoardRoom.load(boardId, this.store, this.options, this.logger)
    this.logger.debug({ boardId }, 'room loaded')
    this.emit('loaded', boardId)
    return room
  }

  private async unload(boardId: string, entry: RoomEntry) {
    if (entry.holders > 0 || this.entries.get(boardId) !== entry) return
    this.entries.delete(boardId)
    await this.destroyEntry(boardId, entry)
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
