/**
 * y-websocket 1.5's reference server, as its bin/server.js runs it (its own `ws`, its
 * setupWSConnection, 'okay' to plain HTTP), on 127.0.0.1 and a port of the system's choosing.
 * With BENCH_PERSIST_DIR set (the cold-load scenario only) it keeps each document in a file while
 * nobody is connected, through y-websocket's own setPersistence hook: the reference server without
 * YPERSISTENCE keeps every document in memory forever, so a "cold" load could not happen.
 */
import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'

// The reference server is CommonJS: load it, its 'ws' (which may be another major than ours) and
// the CommonJS build of yjs exactly as bin/server.js does, so that only one copy of yjs is loaded.
const requireFromYWebsocket = createRequire(import.meta.resolve('y-websocket/bin/utils'))
const utils = requireFromYWebsocket('./utils.js')
const WebSocket = requireFromYWebsocket('ws')
const Y = requireFromYWebsocket('yjs')

const persistDir = process.env.BENCH_PERSIST_DIR
if (persistDir) {
  const fileOf = (docName) => path.join(persistDir, `${encodeURIComponent(docName)}.bin`)
  utils.setPersistence({
    provider: null,
    // Synchronous on purpose: getYDoc does not await bindState, so the state is in before step 1.
    bindState: (docName, ydoc) => {
      const file = fileOf(docName)
      if (fs.existsSync(file)) Y.applyUpdate(ydoc, fs.readFileSync(file))
    },
    writeState: async (docName, ydoc) => {
      await fs.promises.writeFile(fileOf(docName), Y.encodeStateAsUpdate(ydoc))
    },
  })
}

const wss = new WebSocket.Server({ noServer: true })
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' })
  response.end('okay')
})
wss.on('connection', utils.setupWSConnection)
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
})
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening on http://127.0.0.1:${server.address().port}\n`)
})
process.once('SIGTERM', () => process.exit(0))
