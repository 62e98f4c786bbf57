/** Hocuspocus' own HocuspocusProvider, one websocket per client, on the `ws` package in Node. */
import * as Y from 'yjs'
import WebSocket from 'ws'
import { Awareness } from 'y-protocols/awareness'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { randomRoomName, toWebSocketUrl, whenSynced, type ClientAdapter } from './clientAdapter.ts'

/** Hocuspocus: any name is a document, created on first join. */
export const hocuspocusAdapter: ClientAdapter = {
  createRoom: async () => ({ name: randomRoomName(), initialized: false }),
  connect: (serverUrl, room, signal) => {
    const doc = new Y.Doc()
    // Our own Awareness, handed over, so that the client's type needs no "may be null".
    const awareness = new Awareness(doc)
    let resolveSynced: () => void = () => undefined
    const synced = new Promise<void>((resolve) => (resolveSynced = resolve))
    // One socket per client, as a browser tab has; Hocuspocus could multiplex documents over one.
    const socket = new HocuspocusProviderWebsocket({
      url: toWebSocketUrl(serverUrl),
      WebSocketPolyfill: WebSocket,
    })
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room.name,
      document: doc,
      awareness,
      onSynced: ({ state }) => {
        if (state) resolveSynced()
      },
    })
    provider.attach()
    const client = {
      doc,
      awareness,
      destroy: () => {
        // NOTE: destroying a socket that is still connecting makes `ws` emit 'error' after the
        // provider removed its listeners, and an unheard 'error' would end the worker.
        socket.webSocket?.addEventListener('error', () => undefined)
        provider.destroy()
        socket.destroy()
        doc.destroy()
      },
    }
    return whenSynced(client, synced, signal)
  },
}
