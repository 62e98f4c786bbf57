/** [SY32] A board's next room loads only after its last room has flushed on its way out. */
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createBoard, destroyBoardDocuments } from '../../server/boards/createBoard.ts'
import { configWith } from '../../server/config.ts'
import { createLogger } from '../../server/log.ts'
import { RoomRegistry } from '../../server/rooms/RoomRegistry.ts'
import { MemoryBoardStore } from '../../server/storage/MemoryBoardStore.ts'
import { DocName, createCard, readCards } from '../../shared/board/index.ts'
import { encodeSyncUpdate } from '../../shared/protocol.ts'
import { RecordingConnection } from '../helpers/roomHarness.ts'
import { registerCleanup } from '../helpers/cleanup.ts'

/** A memory store whose compactions wait until the test lets them go, and which logs every call. */
class GatedStore extends MemoryBoardStore {
  readonly calls: string[] = []
  private gate: Promise<void> | undefined
  private open: (() => void) | undefined

  holdCompactions(): void {
    this.gate = new Promise((resolve) => (this.open = resolve))
  }
  releaseCompactions(): void {
    this.open?.()
    this.gate = undefined
  }
  override async compact(id: string, doc: string, snapshot: Uint8Array, upToSeq: number) {
    this.calls.push(`compact ${doc}`)
    await this.gate
    this.calls.push(`compacted ${doc}`)
    return super.compact(id, doc, snapshot, upToSeq)
  }
  override async loadBoard(id: string) {
    this.calls.push('load')
    return super.loadBoard(id)
  }
}

describe('unloading a room', () => {
  it('[SY32] a join while the board is unloading waits for the flush, then loads everything it stored', async () => {
    const store = new GatedStore()
    const { id, documents } = await createBoard(store, { title: 'Unload', template: 'blank' })
    destroyBoardDocuments(documents)
    const { compactAfterUpdates, compactAfterBytes, limits } = configWith({})
    const registry = new RoomRegistry(
      store,
      { idleMs: 0, compactAfterUpdates, compactAfterBytes, limits },
      createLogger('silent'),
    )
    registerCleanup(() => registry.closeAll())

    const first = await registry.acquire(id)
    const writer = new RecordingConnection('writer', 'edit', 'p-writer')
    first.join(writer)
    const base = new Y.Doc()
    Y.applyUpdate(base, Y.encodeStateAsUpdate(first.document(DocName.Board)))
    const before = Y.encodeStateVector(base)
    createCard(base, { stance: 'bull', x: 0, y: 0, authorId: 'a', authorName: 'A' }, { id: 'kept' })
    await first.receiveSync(writer, DocName.Board, encodeSyncUpdate(Y.encodeStateAsUpdate(base, before)))
    first.leave(writer)

    store.calls.length = 0
    store.holdCompactions()
    registry.release(id, first)
    await vi.waitFor(() => expect(store.calls).toContain('compact board'))
    const next = registry.acquire(id)
    // Nothing loads while the old room's flush is held.
    await new Promise((resolve) => setImmediate(resolve))
    expect(store.calls.filter((call) => call === 'load')).toHaveLength(0)
    store.releaseCompactions()
    const second = await next
    expect(second).not.toBe(first)
    // The flush compacts every document with a log (the board's card, the roster's join) before the load.
    expect(store.calls).toEqual([
      'compact board',
      'compacted board',
      'compact roster',
      'compacted roster',
      'load',
    ])
    expect(readCards(second.document(DocName.Board)).map((card) => card.id)).toEqual(['kept'])
    registry.release(id, second)
  })
})
