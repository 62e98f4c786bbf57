/** A board store in process memory: the same contract as SQLite, nothing durable (benchmarks, tests). */
import type { Role } from '../../shared/access.ts'
import { mergeSnapshot } from './mergeSnapshot.ts'
import { replayInfo } from './replayRows.ts'
import type {
  BoardStore,
  NewBoard,
  NewReplaySnapshot,
  ReplaySnapshot,
  ReplaySnapshotInfo,
  StoredBoardState,
  StoredDocumentState,
} from './BoardStore.ts'

interface MemoryBoard {
  createdAt: number
  createdBy: string | undefined
  documents: Map<string, StoredDocumentState>
  clientOwners: Map<number, string>
  tokenHashes: Map<Role, string>
  tokenEpochs: Map<Role, number>
  replay: ReplaySnapshot[]
}

/**
 * Keeps every board in a Map. Bytes are copied in and out, so a caller that reuses a buffer cannot
 * change what is stored (SQLite copies too). Sequence numbers are global and increasing, like SQLite's.
 */
export class MemoryBoardStore implements BoardStore {
  private readonly boards = new Map<string, MemoryBoard>()
  private lastSeq = 0
  private lastReplaySeq = 0

  async createBoard(board: NewBoard): Promise<void> {
    if (this.boards.has(board.id)) throw new Error(`board ${board.id} already exists`)
    const documents = new Map<string, StoredDocumentState>()
    for (const [doc, state] of Object.entries(board.documents))
      documents.set(doc, { snapshot: state.slice(), updates: [] })
    this.boards.set(board.id, {
      createdAt: board.createdAt,
      createdBy: board.createdBy,
      documents,
      clientOwners: new Map(),
      tokenHashes: new Map(Object.entries(board.tokenHashes) as [Role, string][]),
      tokenEpochs: new Map(Object.keys(board.tokenHashes).map((role) => [role as Role, 0])),
      replay: [],
    })
  }

  async hasBoard(id: string): Promise<boolean> {
    return this.boards.has(id)
  }

  async loadBoard(id: string): Promise<StoredBoardState | undefined> {
    const board = this.boards.get(id)
    if (!board) return undefined
    const documents = new Map<string, StoredDocumentState>()
    for (const [doc, { snapshot, updates }] of board.documents) {
      documents.set(doc, {
        snapshot: snapshot?.slice(),
        updates: updates.map(({ seq, update }) => ({ seq, update: update.slice() })),
      })
    }
    return { documents, clientOwners: new Map(board.clientOwners) }
  }

  async appendUpdate(id: string, doc: string, update: Uint8Array): Promise<number> {
    const seq = ++this.lastSeq
    this.documentOf(id, doc).updates.push({ seq, update: update.slice() })
    return seq
  }

  async compact(id: string, doc: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    // SQLite refuses a seq that is no integer; so does this store, before it changes anything.
    if (!Number.isSafeInteger(upToSeq))
      throw new TypeError(`upToSeq must be an integer, not ${String(upToSeq)}`)
    const state = this.documentOf(id, doc)
    const dropped = state.updates.filter(({ seq }) => seq <= upToSeq).map(({ update }) => update)
    // A late compaction (an old room's last one) must not lose what a newer one stored.
    state.snapshot = mergeSnapshot(snapshot, state.snapshot, dropped).slice()
    state.updates = state.updates.filter(({ seq }) => seq > upToSeq)
  }

  async claimClientIds(id: string, ownerId: string, clientIds: readonly number[]): Promise<void> {
    const owners = this.boardOrThrow(id).clientOwners
    for (const clientId of clientIds) if (!owners.has(clientId)) owners.set(clientId, ownerId)
  }

  async findRole(id: string, tokenHash: string): Promise<Role | undefined> {
    const board = this.boards.get(id)
    if (!board) return undefined
    for (const [role, hash] of board.tokenHashes) if (hash === tokenHash) return role
    return undefined
  }

  async replaceToken(id: string, role: Role, tokenHash: string, epoch: number): Promise<void> {
    // SQLite and PostgreSQL refuse an epoch that is no whole number; so does this store.
    if (!Number.isSafeInteger(epoch) || epoch < 0)
      throw new TypeError(`epoch must be an integer ≥ 0, not ${epoch}`)
    const board = this.boardOrThrow(id)
    board.tokenHashes.set(role, tokenHash)
    board.tokenEpochs.set(role, epoch)
  }

  async readTokenEpochs(id: string): Promise<Partial<Record<Role, number>>> {
    return Object.fromEntries(this.boards.get(id)?.tokenEpochs ?? [])
  }

  async countBoardsCreatedSince(createdBy: string, since: number): Promise<number> {
    let count = 0
    for (const board of this.boards.values())
      if (board.createdBy === createdBy && board.createdAt >= since) count++
    return count
  }

  async appendReplaySnapshot(id: string, snapshot: NewReplaySnapshot): Promise<number> {
    const board = this.boardOrThrow(id)
    const seq = ++this.lastReplaySeq
    board.replay.push({ ...replayInfo({ seq, ...snapshot }), state: snapshot.state.slice() })
    return seq
  }

  async listReplaySnapshots(id: string): Promise<ReplaySnapshotInfo[]> {
    return (this.boards.get(id)?.replay ?? []).map(replayInfo)
  }

  async readReplaySnapshot(id: string, seq: number): Promise<ReplaySnapshot | undefined> {
    const found = this.boards.get(id)?.replay.find((snapshot) => snapshot.seq === seq)
    return found && { ...replayInfo(found), state: found.state.slice() }
  }

  async deleteReplaySnapshots(id: string, seqs: readonly number[]): Promise<void> {
    const board = this.boards.get(id)
    if (!board) return
    const gone = new Set(seqs)
    board.replay = board.replay.filter(({ seq }) => !gone.has(seq))
  }

  async close(): Promise<void> {
    this.boards.clear()
  }

  private documentOf(id: string, doc: string): StoredDocumentState {
    const documents = this.boardOrThrow(id).documents
    let state = documents.get(doc)
    if (!state) documents.set(doc, (state = { snapshot: undefined, updates: [] }))
    return state
  }

  private boardOrThrow(id: string): MemoryBoard {
    const board = this.boards.get(id)
    // SQLite refuses these through its foreign keys; refuse them here as well.
    if (!board) throw new Error(`no board ${id}`)
    return board
  }
}
