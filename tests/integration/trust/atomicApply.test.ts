/** [AC38] An update is wholly applied, stored and broadcast, or leaves the room exactly as it was. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocName, createCard, getBoardRoots, readCards } from '../../../shared/board/index.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { encodeSyncUpdate } from '../../../shared/protocol.ts'
import { canonicalJson } from '../../helpers/clients.ts'
import { RecordingConnection, openTestRoom } from '../../helpers/roomHarness.ts'

const author = { authorId: 'a', authorName: 'A' }

/** The update `change` makes on a copy of `base`, as a sync update message. */
function updateOn(base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(copy)
  change(copy)
  return encodeSyncUpdate(Y.encodeStateAsUpdate(copy, before))
}

describe('atomic apply', () => {
  it('[AC38] an update that throws inside Yjs partway leaves the room exactly as stored: not kept, not stored, not sent, and later edits go on', async () => {
    const { store, room, boardId } = await openTestRoom()
    const writer = new RecordingConnection('writer', 'edit', 'p-writer')
    const other = new RecordingConnection('other', 'edit', 'p-other')
    room.join(writer)
    room.join(other)
    const before = canonicalJson(room.document(DocName.Board))
    const storedBefore = await store.loadBoard(boardId)

    // Yjs integrates every struct of the update, then calls observers inside the same transaction: a
    // throw there (here from an observer the test adds) leaves the integrated structs in the document.
    const fault = (event: Y.YMapEvent<Y.Map<unknown>>) => {
      if (event.keysChanged.has('boom')) throw new Error('thrown inside the Yjs transaction')
    }
    getBoardRoots(room.document(DocName.Board)).cards.observe(fault)
    const base = new Y.Doc()
    Y.applyUpdate(base, Y.encodeStateAsUpdate(room.document(DocName.Board)))
    const boom = updateOn(base, (doc) =>
      createCard(doc, { stance: 'bull', x: 0, y: 0, text: 'half applied?', ...author }, { id: 'boom' }),
    )
    await room.receiveSync(writer, DocName.Board, boom)

    expect(writer.errors.map((error) => error.code)).toEqual([ErrorCode.UpdateRefused])
    expect(canonicalJson(room.document(DocName.Board))).toBe(before)
    expect(Y.encodeStateVector(room.document(DocName.Board))).toEqual(
      Y.encodeStateVector(rebuildBoard(storedBefore!.documents.get(DocName.Board)!)),
    )
    // Only the writer's claim of its own new client id was stored, before the apply: harmless.
    const storedAfter = (await store.loadBoard(boardId))?.documents
    // The roster's record of the joins may land meanwhile; what the update touched is the board.
    for (const name of [DocName.Board, DocName.Control])
      expect(storedAfter?.get(name)).toEqual(storedBefore!.documents.get(name))
    expect(other.sync.filter(({ message }) => message[0] === 2)).toEqual([])

    // A later joiner gets no trace of it, and the next edit is accepted, stored and sent.
    const late = new RecordingConnection('late', 'view', 'p-late')
    room.join(late)
    const state = new Y.Doc()
    const step2 = Y.encodeStateAsUpdate(room.document(DocName.Board))
    Y.applyUpdate(state, step2)
    expect(readCards(state).map((card) => card.id)).not.toContain('boom')
    const next = updateOn(base, (doc) =>
      createCard(doc, { stance: 'bear', x: 0, y: 0, ...author }, { id: 'next' }),
    )
    await room.receiveSync(writer, DocName.Board, next)
    expect(readCards(room.document(DocName.Board)).map((card) => card.id)).toEqual(['next'])
    expect(other.sync.filter(({ message }) => message[0] === 2)).toHaveLength(1)
  })
})

function rebuildBoard(state: { snapshot: Uint8Array | undefined; updates: { update: Uint8Array }[] }): Y.Doc {
  const doc = new Y.Doc()
  if (state.snapshot) Y.applyUpdate(doc, state.snapshot)
  for (const { update } of state.updates) Y.applyUpdate(doc, update)
  return doc
}
