/** y-websocket's own WebsocketProvider, on the `ws` package in Node. */
import * as Y from 'yjs'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { randomRoomName, toWebSocketUrl, whenSynced, type ClientAdapter } from './clientAdapter.ts'

/** y-websocket: any name is a room, created on first join. */
export const yWebsocketAdapter: ClientAdapter = {
  createRoom: async () => ({ name: randomRoomName(), initialized: false }),
  connect: (serverUrl, room, signal) => {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(toWebSocketUrl(serverUrl), room.name, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      // NOTE: Node has BroadcastChannel, and clients of one room in one process would otherwise
      // pass updates to each other without the server.
      disableBc: true,
    })
    const synced = new Promise<void>((resolve) => {
      const onSync = (isSynced: boolean) => {
        if (!isSynced) return
        provider.off('sync', onSync)
        resolve()
      }
      provider.on('sync', onSync)
    })
    const client = {
      doc,
      awareness: provider.awareness,
      destroy: () => {
        provider.destroy()
        doc.destroy()
      },
    }
    return whenSynced(client, synced, signal)
  },
}
