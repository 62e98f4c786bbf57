/**
 * Boards, documents and updates for the BoardStore tests. The documents are plain Yjs documents: a
 * store keeps bytes per document name and must not care what they hold (nor follow the board schema).
 */
import * as Y from 'yjs'
import type {
  BoardStore,
  NewBoard,
  StoredBoardState,
  StoredDocumentState,
} from '../../../server/storage/BoardStore.ts'

/** Opens a fresh, empty store for the current test; the contract suite closes it after the test. */
export type OpenStore = () => Promise<BoardStore>

/** The two documents every board starts with. */
export const BOARD_DOC = 'board'
export const CONTROL_DOC = 'control'

/** A new board and the live documents its first states were taken from. */
export interface TestBoard {
  board: NewBoard
  docs: { board: Y.Doc; control: Y.Doc }
}

/** A new board whose 'board' and 'control' documents are real Yjs documents with different content. */
export function makeNewBoard(id: string, overrides: Partial<NewBoard> = {}): TestBoard {
  const board = new Y.Doc()
  board.getMap('cards').set('seed', `seed card of ${id}`)
  const control = new Y.Doc()
  control.getMap('meta').set('title', `Board ${id}`)
  control.getMap('meta').set('motion', '动议')
  return {
    docs: { board, control },
    board: {
      id,
      createdAt: 1_000,
      documents: { [BOARD_DOC]: Y.encodeStateAsUpdate(board), [CONTROL_DOC]: Y.encodeStateAsUpdate(control) },
      tokenHashes: { moderate: `${id}-mod`, edit: `${id}-edit`, view: `${id}-view` },
      createdBy: 'ip-hash-1',
      ...overrides,
    },
  }
}

/** Makes `count` real edits to `doc` (inserts, changes and deletions) and returns the update of each. */
export function makeUpdates(doc: Y.Doc, count: number, prefix = 'card'): Uint8Array[] {
  const updates: Uint8Array[] = []
  const onUpdate = (update: Uint8Array) => updates.push(update)
  doc.on('update', onUpdate)
  const cards = doc.getMap<Y.Map<unknown>>('cards')
  for (let i = 0; i < count; i++) {
    // Every three updates: create a card, move it, retype part of its text.
    const id = `${prefix}-${i - (i % 3)}`
    doc.transact(() => {
      if (i % 3 === 0) {
        const card = new Y.Map<unknown>()
        card.set('text', new Y.Text(`卡片 ${i}`))
        card.set('y', i)
        cards.set(id, card)
      } else if (i % 3 === 1) cards.get(id)!.set('y', i * 10)
      else {
        const text = cards.get(id)!.get('text') as Y.Text
        text.delete(0, 2)
        text.insert(0, `第 ${i} 次`)
      }
    })
  }
  doc.off('update', onUpdate)
  if (updates.length !== count) throw new Error(`made ${updates.length} updates, not ${count}`)
  return updates
}

/** Rebuilds a document from its stored state: the snapshot, then its updates in order. */
export function rebuild(state: StoredDocumentState): Y.Doc {
  const doc = new Y.Doc()
  if (state.snapshot) Y.applyUpdate(doc, state.snapshot)
  for (const { update } of state.updates) Y.applyUpdate(doc, update)
  return doc
}

/** What a reader sees of a test document. */
export function contentOf(doc: Y.Doc) {
  return { cards: doc.getMap('cards').toJSON(), meta: doc.getMap('meta').toJSON() }
}

/** One document of a loaded board; throws (failing the test) when the board or document is missing. */
export function documentOf(state: StoredBoardState | undefined, name: string): StoredDocumentState {
  const document = state?.documents.get(name)
  if (!document) throw new Error(`no document '${name}' in ${state ? 'the board' : 'a missing board'}`)
  return document
}

/** The snapshot a server would take of `base` plus the first updates. */
export function snapshotOf(base: Uint8Array, updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, base)
  for (const update of updates) Y.applyUpdate(doc, update)
  return Y.encodeStateAsUpdate(doc)
}

/** Appends `updates` to one document, one after the other, and resolves with their seqs. */
export async function appendAll(
  store: Pick<BoardStore, 'appendUpdate'>,
  id: string,
  doc: string,
  updates: readonly Uint8Array[],
): Promise<number[]> {
  const seqs: number[] = []
  for (const update of updates) seqs.push(await store.appendUpdate(id, doc, update))
  return seqs
}

/** Opens a fresh store and creates the new board `id` in it: the start of most contract tests. */
export async function openWithBoard(
  open: OpenStore,
  id = 'board-a',
): Promise<TestBoard & { store: BoardStore }> {
  const { store, boards } = await openWithBoards(open, [id])
  return { store, ...boards[0] }
}

/** Opens a fresh store and creates the new boards `ids` in it, in order. */
export async function openWithBoards<const Ids extends readonly string[]>(
  open: OpenStore,
  ids: Ids,
): Promise<{ store: BoardStore; boards: { [K in keyof Ids]: TestBoard } }> {
  const store = await open()
  const boards = ids.map((id) => makeNewBoard(id))
  for (const { board } of boards) await store.createBoard(board)
  return { store, boards: boards as { [K in keyof Ids]: TestBoard } }
}
