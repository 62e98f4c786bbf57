/** The storage contract every board store implements (SQLite by default). */
import type { Role } from '../../shared/access.ts'

/** A board as stored: an optional snapshot plus the updates appended since. */
export interface StoredBoardState {
  snapshot: Uint8Array | undefined
  updates: { seq: number; update: Uint8Array }[]
}

export interface NewBoard {
  id: string
  createdAt: number
  /** The first state of the document (meta, sources, example cards). */
  initialState: Uint8Array
  /** Token hashes by role; tokens themselves are never stored. */
  tokenHashes: Record<Role, string>
  createdBy?: string
}

export interface BoardStore {
  createBoard(board: NewBoard): Promise<void>
  hasBoard(id: string): Promise<boolean>
  /** The stored state, or undefined when there is no such board. */
  loadBoard(id: string): Promise<StoredBoardState | undefined>
  /** Appends one accepted update durably; resolves with its sequence number. */
  appendUpdate(id: string, update: Uint8Array): Promise<number>
  /** Replaces the snapshot and drops the updates it covers (seq <= upToSeq), atomically. */
  compact(id: string, snapshot: Uint8Array, upToSeq: number): Promise<void>
  /** The role a token hash grants on a board, or undefined. */
  findRole(id: string, tokenHash: string): Promise<Role | undefined>
  /** Replaces the token of one role (revoking the old one). */
  replaceToken(id: string, role: Role, tokenHash: string): Promise<void>
  /** How many boards were created by `createdBy` since `since` (ms). */
  countBoardsCreatedSince(createdBy: string, since: number): Promise<number>
  close(): Promise<void>
}
