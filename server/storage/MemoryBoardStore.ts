/** A board store in process memory: the same contract as SQLite, nothing durable (benchmarks, tests). */
import type { Role } from '../../shared/access.ts'
import type { BoardStore, NewBoard, StoredBoardState } from './BoardStore.ts'

interface MemoryBoard {
  createdAt: number
  createdBy: string | undefined
  snapshot: Uint8Array
  updates: { seq: number; update: Uint8Array }[]
  tokenHashes: Map<Role, string>
}

/**
 * Keeps every board in a Map. Bytes are copied in and out, so a caller that reuses a buffer cannot
 * change what is stored (SQLite copies too). Sequence numbers are global and increasing, like SQLite's.
 */
export class MemoryBoardStore implements BoardStore {
  private readonly boards = new Map<string, MemoryBoard>()
  private lastSeq = 0

  async createBoard(board: NewBoard): Promise<void> {
    if (this.boards.has(board.id)) throw new Error(`board ${board.id} already exists`)
    this.boards.set(board.id, {
      createdAt: board.createdAt,
      createdBy: board.createdBy,
      snapshot: board.initialState.slice(),
      updates: [],
      tokenHashes: new Map(Object.entries(board.tokenHashes) as [Role, string][]),
    })
  }

  async hasBoard(id: string): Promise<boolean> {
    return this.boards.has(id)
  }

  async loadBoard(id: string): Promise<StoredBoardState | undefined> {
    const board = this.boards.get(id)
    if (!board) return undefined
    return {
      snapshot: board.snapshot.slice(),
      updates: board.updates.map(({ seq, update }) => ({ seq, update: update.slice() })),
    }
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    const board = this.boardOrThrow(id)
    const seq = ++this.lastSeq
    board.updates.push({ seq, update: update.slice() })
    return seq
  }

  async compact(id: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    const board = this.boardOrThrow(id)
    board.snapshot = snapshot.slice()
    board.updates = board.updates.filter(({ seq }) => seq > upToSeq)
  }

  async findRole(id: string, tokenHash: string): Promise<Role | undefined> {
    const board = this.boards.get(id)
    if (!board) return undefined
    for (const [role, hash] of board.tokenHashes) if (hash === tokenHash) return role
    return undefined
  }

  async replaceToken(id: string, role: Role, tokenHash: string): Promise<void> {
    this.boardOrThrow(id).tokenHashes.set(role, tokenHash)
  }

  async countBoardsCreatedSince(createdBy: string, since: number): Promise<number> {
    let count = 0
    for (const board of this.boards.values())
      if (board.createdBy === createdBy && board.createdAt >= since) count++
    return count
  }

  async close(): Promise<void> {
    this.boards.clear()
  }

  private boardOrThrow(id: string): MemoryBoard {
    const board = this.boards.get(id)
    // SQLite refuses these through its foreign keys; refuse them here as well.
    if (!board) throw new Error(`no board ${id}`)
    return board
  }
}
