/**
 * Bench clients: a BoardProvider for our server, and for the bare relay a socket that does the same
 * client-side work (encode each local update, decode and apply each remote one) with no handshake.
 */
import * as Y from 'yjs'
import { io } from 'socket.io-client'
import {
  SOCKET_PATH,
  SyncMessageType,
  decodeSyncMessage,
  encodeSyncUpdate,
  toBytes,
} from '../shared/protocol.ts'
import { BoardProvider } from '../shared/sync/BoardProvider.ts'
import type { BenchBoard } from './peers.ts'

export interface BenchClient {
  doc: Y.Doc
  destroy(): void
}

/** A BoardProvider on a new doc, resolved once it has the server's state. */
export async function connectBoardClient(url: string, board: BenchBoard): Promise<BenchClient> {
  const doc = new Y.Doc()
  const provider = new BoardProvider({
    url,
    boardId: board.id,
    doc,
    token: board.token,
    transports: ['websocket'],
  })
  await provider.whenSynced()
  return {
    doc,
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** A relay socket on a doc that starts from the board's first state. */
export async function connectRelayClient(url: string, board: BenchBoard): Promise<BenchClient> {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, board.initialState)
  const socket = io(url, {
    path: SOCKET_PATH,
    auth: { room: board.id },
    transports: ['websocket'],
    forceNew: true,
  })
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== socket) socket.emit('sync', encodeSyncUpdate(update))
  }
  doc.on('update', onUpdate)
  socket.on('sync', (payload: unknown) => {
    const bytes = toBytes(payload)
    if (!bytes) return
    const message = decodeSyncMessage(bytes)
    if (message.type !== SyncMessageType.Step1) Y.applyUpdate(doc, message.update, socket)
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('connect_error', reject)
  })
  // The relay joins the room on connection; its ack says the join is done before anyone writes.
  await socket.emitWithAck('joined')
  return {
    doc,
    destroy: () => {
      doc.off('update', onUpdate)
      socket.disconnect()
      doc.destroy()
    },
  }
}
