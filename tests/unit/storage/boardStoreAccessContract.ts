/** The BoardStore contract, part 3: who may do what — tokens, client-id owners, creation counts. */
import { expect, it } from 'vitest'
import { makeNewBoard, openWithBoard, type OpenStore } from './boardStoreFixtures.ts'

const DAY = 24 * 60 * 60 * 1000

/** Registers the token, owner and limit tests of the contract suite (called by describeBoardStoreContract). */
export function describeAccessContract(open: OpenStore) {
  it('claimClientIds records the owner of each id, and loadBoard returns them', async () => {
    const { store } = await openWithBoard(open)
    await store.claimClientIds('board-a', 'owner-1', [11, 12])
    await store.claimClientIds('board-a', 'owner-2', [21])
    expect((await store.loadBoard('board-a'))?.clientOwners).toEqual(
      new Map([
        [11, 'owner-1'],
        [12, 'owner-1'],
        [21, 'owner-2'],
      ]),
    )
  })

  it('claimClientIds keeps the first owner of an id already owned, and claims the new ids of the same call', async () => {
    const { store } = await openWithBoard(open)
    await store.claimClientIds('board-a', 'owner-1', [11])
    // Claiming again what one already owns is no error (a reconnect re-sends its ids).
    await store.claimClientIds('board-a', 'owner-1', [11])
    await store.claimClientIds('board-a', 'owner-2', [11, 22])
    expect((await store.loadBoard('board-a'))?.clientOwners).toEqual(
      new Map([
        [11, 'owner-1'],
        [22, 'owner-2'],
      ]),
    )
  })

  it('claimClientIds owns ids per board: one id may belong to different owners on two boards', async () => {
    const { store } = await openWithBoard(open)
    await store.createBoard(makeNewBoard('board-b').board)
    await store.claimClientIds('board-a', 'owner-1', [5])
    await store.claimClientIds('board-b', 'owner-2', [5])
    expect((await store.loadBoard('board-a'))?.clientOwners).toEqual(new Map([[5, 'owner-1']]))
    expect((await store.loadBoard('board-b'))?.clientOwners).toEqual(new Map([[5, 'owner-2']]))
  })

  it('claimClientIds keeps every Yjs client id, from 0 to 2^32 - 1', async () => {
    const { store } = await openWithBoard(open)
    const ids = [0, 1, 2 ** 31, 2 ** 32 - 1]
    await store.claimClientIds('board-a', 'owner-1', ids)
    expect((await store.loadBoard('board-a'))?.clientOwners).toEqual(
      new Map(ids.map((id) => [id, 'owner-1'])),
    )
  })

  it('claimClientIds refuses a board that does not exist', async () => {
    const store = await open()
    await expect(store.claimClientIds('missing', 'owner-1', [1])).rejects.toThrow()
    expect(await store.hasBoard('missing')).toBe(false)
  })

  it('findRole maps each token hash to its role on its board only', async () => {
    const { store } = await openWithBoard(open)
    await store.createBoard(makeNewBoard('board-b').board)
    const lookups: [string, string, string | undefined][] = [
      ['board-a', 'board-a-mod', 'moderate'],
      ['board-a', 'board-a-edit', 'edit'],
      ['board-a', 'board-a-view', 'view'],
      ['board-a', 'board-b-mod', undefined],
      ['board-a', 'unknown', undefined],
      ['board-a', '', undefined],
      ['missing', 'board-a-mod', undefined],
    ]
    for (const [boardId, hash, role] of lookups)
      expect([boardId, hash, await store.findRole(boardId, hash)]).toEqual([boardId, hash, role])
  })

  it('replaceToken revokes the old hash of that role and keeps the other roles', async () => {
    const { store } = await openWithBoard(open)
    await store.replaceToken('board-a', 'edit', 'new-edit-hash', 1)
    expect(await store.findRole('board-a', 'board-a-edit')).toBeUndefined()
    expect(await store.findRole('board-a', 'new-edit-hash')).toBe('edit')
    expect(await store.findRole('board-a', 'board-a-mod')).toBe('moderate')
    expect(await store.findRole('board-a', 'board-a-view')).toBe('view')
  })

  it('[AC40] every token of a new board is at epoch 0; replaceToken records the epoch of that role only', async () => {
    const { store } = await openWithBoard(open)
    await store.createBoard(makeNewBoard('board-b').board)
    expect(await store.readTokenEpochs('board-a')).toEqual({ moderate: 0, edit: 0, view: 0 })
    await store.replaceToken('board-a', 'edit', 'edit-hash-1', 1)
    await store.replaceToken('board-a', 'edit', 'edit-hash-2', 2)
    expect(await store.readTokenEpochs('board-a')).toEqual({ moderate: 0, edit: 2, view: 0 })
    expect(await store.readTokenEpochs('board-b')).toEqual({ moderate: 0, edit: 0, view: 0 })
    expect(await store.readTokenEpochs('missing')).toEqual({})
  })

  it('countBoardsCreatedSince counts boards of one creator from `since` on, inclusive', async () => {
    const store = await open()
    const now = 10 * DAY
    const boards: [string, number, string | undefined][] = [
      ['old-one', now - 2 * DAY, 'ip-1'],
      ['edge-one', now - DAY, 'ip-1'],
      ['new-one', now - 1, 'ip-1'],
      ['other-ip', now - 1, 'ip-2'],
      ['anonymous', now - 1, undefined],
    ]
    for (const [id, createdAt, createdBy] of boards)
      await store.createBoard(makeNewBoard(id, { createdAt, createdBy }).board)
    expect(await store.countBoardsCreatedSince('ip-1', now - DAY)).toBe(2)
    expect(await store.countBoardsCreatedSince('ip-1', 0)).toBe(3)
    expect(await store.countBoardsCreatedSince('ip-2', now - DAY)).toBe(1)
    expect(await store.countBoardsCreatedSince('ip-3', 0)).toBe(0)
    expect(await store.countBoardsCreatedSince('ip-1', now)).toBe(0)
  })
}
