/**
 * Two nodes on one PostgreSQL: two PostgresBoardStore instances (two pools, as two server processes
 * would have) writing, compacting and reading the same board at the same time.
 */
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { PostgresBoardStore } from '../../../server/storage/PostgresBoardStore.ts'
import { usePostgresStores } from '../../helpers/postgresStores.ts'
import { createRandom } from '../../helpers/random.ts'
import {
  appendAll,
  BOARD_DOC,
  contentOf,
  documentOf,
  makeNewBoard,
  makeUpdates,
  rebuild,
  snapshotOf,
} from '../../unit/storage/boardStoreFixtures.ts'

const database = usePostgresStores()

/** Two stores on a freshly emptied database, as two nodes would open them at the same time. */
async function openTwoNodes(): Promise<[PostgresBoardStore, PostgresBoardStore]> {
  const [first, second] = await database.openFresh(2)
  return [first!, second!]
}

describe('PostgresBoardStore shared by two nodes', () => {
  it('two nodes racing to compact the same board many times leave it identical to the expected document', async () => {
    const [nodeA, nodeB] = await openTwoNodes()
    const { board, docs } = makeNewBoard('board-a')
    await nodeA.createBoard(board)
    const updates = makeUpdates(docs.board, 80)
    const seqs = await appendAll(nodeB, 'board-a', BOARD_DOC, updates.slice(0, 5))
    // Node B keeps appending while both nodes compact, so every compaction has updates to drop.
    const appending = (async () => {
      for (const update of updates.slice(5)) seqs.push(await nodeB.appendUpdate('board-a', BOARD_DOC, update))
    })()
    // The worst case of a node whose room lags: its snapshot holds none of the appended updates, so
    // each survives only if the store folds what it drops into the snapshot, one node at a time.
    // (A snapshot that held them would hide a lost fold by putting the updates back.)
    const lagging = board.documents[BOARD_DOC]!
    const compactRandomly = async (node: PostgresBoardStore, seed: number) => {
      const random = createRandom(seed)
      for (let round = 0; round < 50; round++) {
        const k = seqs.length - 1 - random.int(Math.min(seqs.length, 8))
        await node.compact('board-a', BOARD_DOC, lagging, seqs[k]!)
      }
    }
    await Promise.all([compactRandomly(nodeA, 1), compactRandomly(nodeB, 2), appending])

    for (const node of [nodeA, nodeB]) {
      const rebuilt = rebuild(documentOf(await node.loadBoard('board-a'), BOARD_DOC))
      expect(contentOf(rebuilt)).toEqual(contentOf(docs.board))
      expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(docs.board))
    }
  })

  it('a compaction whose upToSeq covers an update from another node that its snapshot lacks keeps that update', async () => {
    const [nodeA, nodeB] = await openTwoNodes()
    const { board } = makeNewBoard('board-a')
    await nodeA.createBoard(board)
    // Each node's copy of the board, with an edit of its own.
    const copyA = new Y.Doc()
    const copyB = new Y.Doc()
    Y.applyUpdate(copyA, board.documents[BOARD_DOC]!)
    Y.applyUpdate(copyB, board.documents[BOARD_DOC]!)
    const [fromB] = makeUpdates(copyB, 1, 'from-b')
    const [fromA] = makeUpdates(copyA, 1, 'from-a')
    await nodeB.appendUpdate('board-a', BOARD_DOC, fromB!)
    const seqA = await nodeA.appendUpdate('board-a', BOARD_DOC, fromA!)
    // Node A has not received B's update yet, yet its seq is below A's own.
    await nodeA.compact('board-a', BOARD_DOC, Y.encodeStateAsUpdate(copyA), seqA)

    const expected = new Y.Doc()
    Y.applyUpdate(expected, Y.encodeStateAsUpdate(copyA))
    Y.applyUpdate(expected, fromB!)
    const state = documentOf(await nodeB.loadBoard('board-a'), BOARD_DOC)
    expect(state.updates).toEqual([])
    expect(contentOf(rebuild(state))).toEqual(contentOf(expected))
    expect(Object.keys(contentOf(rebuild(state)).cards).sort()).toEqual(['from-a-0', 'from-b-0', 'seed'])
  })

  it('an update, a compaction and an owner claim are visible to the other node as soon as they resolve', async () => {
    const [nodeA, nodeB] = await openTwoNodes()
    const { board, docs } = makeNewBoard('board-a')
    await nodeA.createBoard(board)
    expect(await nodeB.hasBoard('board-a')).toBe(true)
    const [first, second] = makeUpdates(docs.board, 2)
    const seq = await nodeA.appendUpdate('board-a', BOARD_DOC, first!)
    expect(documentOf(await nodeB.loadBoard('board-a'), BOARD_DOC).updates).toEqual([{ seq, update: first }])
    const snapshot = snapshotOf(board.documents[BOARD_DOC]!, [first!])
    await nodeA.compact('board-a', BOARD_DOC, snapshot, seq)
    expect(documentOf(await nodeB.loadBoard('board-a'), BOARD_DOC)).toEqual({ snapshot, updates: [] })
    await nodeA.claimClientIds('board-a', 'owner-1', [9])
    await nodeB.claimClientIds('board-a', 'owner-2', [9])
    expect((await nodeB.loadBoard('board-a'))?.clientOwners).toEqual(new Map([[9, 'owner-1']]))
    // Seqs from either node keep rising: one sequence for the whole store.
    expect(await nodeB.appendUpdate('board-a', BOARD_DOC, second!)).toBeGreaterThan(seq)
  })
})
