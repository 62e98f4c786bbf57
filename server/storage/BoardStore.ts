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

/** What a replay snapshot records beside its state: when, the phase it was taken for, how much it held. */
export interface ReplaySnapshotInfo {
  /** Increasing per board (and across the store), in the order the snapshots were taken. */
  seq: number
  /** When it was taken (ms since 1970, server time). */
  at: number
  /** The phase entered when it was taken at a phase change; absent for a periodic snapshot. */
  phaseId?: string
  phaseName?: string
  /** The cards and links the board held then (for the timeline, without reading the state). */
  cards: number
  links: number
}

/** A replay snapshot as appended: its info without the seq, and the 'board' document's whole state. */
export interface NewReplaySnapshot extends Omit<ReplaySnapshotInfo, 'seq'> {
  state: Uint8Array
}

/** A replay snapshot as read back. */
export interface ReplaySnapshot extends ReplaySnapshotInfo {
  state: Uint8Array
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
  /** Appends a replay snapshot of the board document; resolves with its seq. Refuses a board that does not exist. */
  appendReplaySnapshot(id: string, snapshot: NewReplaySnapshot): Promise<number>
  /** Every replay snapshot of a board, oldest first, without their states ([] for an unknown board). */
  listReplaySnapshots(id: string): Promise<ReplaySnapshotInfo[]>
  /** One replay snapshot of a board with its state, or undefined (another board's seq included). */
  readReplaySnapshot(id: string, seq: number): Promise<ReplaySnapshot | undefined>
  /** Removes these replay snapshots of a board (seqs of other boards or none are ignored). */
  deleteReplaySnapshots(id: string, seqs: readonly number[]): Promise<void>
  close(): Promise<void>
}
