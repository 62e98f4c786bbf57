/**
 * A BoardRoom in process, with connections whose traffic the test reads (tldraw's TestSocketPair):
 * no socket.io, no network, so delivery is exactly what the room did.
 */
import type { DocumentGrant, Role } from '../../shared/access.ts'
import type { ErrorPayload } from '../../shared/errors.ts'
import type { Seat } from '../../shared/protocol.ts'
import { createBoard, destroyBoardDocuments } from '../../server/boards/createBoard.ts'
import { configWith } from '../../server/config.ts'
import { createLogger } from '../../server/log.ts'
import { BoardRoom } from '../../server/rooms/BoardRoom.ts'
import type { RoomConnection } from '../../server/rooms/RoomConnection.ts'
import { MemoryBoardStore } from '../../server/storage/MemoryBoardStore.ts'
import { registerCleanup } from './cleanup.ts'

/** A connection that records everything the room sends it. */
export class RecordingConnection implements RoomConnection {
  readonly sync: { doc: string; message: Uint8Array }[] = []
  readonly awareness: Uint8Array[] = []
  readonly documents: DocumentGrant[][] = []
  readonly errors: ErrorPayload[] = []
  readonly seats: Seat[] = []
  closed = false

  constructor(
    readonly id: string,
    readonly role: Role,
    readonly participantId: string,
  ) {}

  sendSync(doc: string, message: Uint8Array): void {
    this.sync.push({ doc, message })
  }
  sendAwareness(update: Uint8Array): void {
    this.awareness.push(update)
  }
  sendSeat(seat: Seat): void {
    this.seats.push(seat)
  }
  sendDocuments(grants: DocumentGrant[]): void {
    this.documents.push(grants)
  }
  sendError(error: ErrorPayload): void {
    this.errors.push(error)
  }
  close(): void {
    this.closed = true
  }
}

/** A blank board in a memory store, loaded into a room that the test tears down. */
export async function openTestRoom(input: Partial<Parameters<typeof createBoard>[1]> = {}) {
  const store = new MemoryBoardStore()
  const { id, documents } = await createBoard(store, {
    title: 'Room test',
    motion: '',
    template: 'blank',
    ...input,
  })
  destroyBoardDocuments(documents)
  const { compactAfterUpdates, compactAfterBytes, limits } = configWith({})
  const room = await BoardRoom.load(
    id,
    store,
    { compactAfterUpdates, compactAfterBytes, limits },
    createLogger('silent'),
  )
  registerCleanup(() => room.destroy())
  return { store, room, boardId: id }
}
