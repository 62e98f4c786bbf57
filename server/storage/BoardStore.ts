/** The storage contract every board store implements (SQLite by default, PostgreSQL when DATABASE_URL is set). */
import type { Role } from '../../shared/access.ts'

/** One document's state as stored: an optional snapshot plus the updates appended since. */
export interface StoredDocumentState {
  snapshot: Uint8Array | undefined
  updates: { seq: number; update: Uint8Array }[]
}

/** Everything stored of one board's live state. */
export interface StoredBoardState {
  /** Each stored document by name: 'board', 'control', later private ones such as 'drafts/bull'. */
  documents: Map<string, StoredDocumentState>
  /** The participant (id: the hash of a participant key) that owns each Yjs client id. */
  clientOwners: Map<number, string>
}

export interface NewBoard {
  id: string
  createdAt: number
  /** The first state of each document by name. */
  documents: Record<string, Uint8Array>
  /** Token hashes by role; tokens themselves are never stored. Each is stored at epoch 0. */
  tokenHashes: Partial<Record<Role, string>>
  createdBy?: string
}

export interface BoardStore {
  createBoard(board: NewBoard): Promise<void>
  hasBoard(id: string): Promise<boolean>
  /** The stored state of every document of a board (in one consistent read), or undefined when there is no such board. */
  loadBoard(id: string): Promise<StoredBoardState | undefined>
  /** Appends one accepted update of one document durably; resolves with its sequence number (increasing per store). */
  appendUpdate(id: string, doc: string, update: Uint8Array): Promise<number>
  /** Replaces one document's snapshot and drops its updates with seq <= upToSeq, atomically (and, where nodes share the store, under a per-board lock so two nodes never compact the same board at once). */
  compact(id: string, doc: string, snapshot: Uint8Array, upToSeq: number): Promise<void>
  /** Records that `ownerId` owns these Yjs client ids on the board; ids already owned keep their owner. Durable before it resolves. */
  claimClientIds(id: string, ownerId: string, clientIds: readonly number[]): Promise<void>
  /** The role a token hash grants on a board, or undefined. */
  findRole(id: string, tokenHash: string): Promise<Role | undefined>
  /** Replaces the token of one role (revoking the old one), recording the epoch it was derived at. */
  replaceToken(id: string, role: Role, tokenHash: string, epoch: number): Promise<void>
  /** The epoch of each role's token (0 at creation, one more per reset); a token stored before epochs existed has none. */
  readTokenEpochs(id: string): Promise<Partial<Record<Role, number>>>
  /** How many boards were created by `createdBy` since `since` (ms). */
  countBoardsCreatedSince(createdBy: string, since: number): Promise<number>
  close(): Promise<void>
}
