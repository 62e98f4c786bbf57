/**
 * Hocuspocus 3 with its defaults, on 127.0.0.1 and a port of the system's choosing. With
 * BENCH_PERSIST_DIR set (the cold-load scenario only) its Database extension keeps each document in
 * a file, which is how Hocuspocus persists: without an extension a document is gone once unloaded.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Server } from '@hocuspocus/server'
import { Database } from '@hocuspocus/extension-database'

const persistDir = process.env.BENCH_PERSIST_DIR
const fileOf = (documentName) => path.join(persistDir ?? '', `${encodeURIComponent(documentName)}.bin`)
const database = new Database({
  fetch: async ({ documentName }) => {
    const file = fileOf(documentName)
    return fs.existsSync(file) ? new Uint8Array(await fs.promises.readFile(file)) : null
  },
  store: async ({ documentName, state }) => {
    await fs.promises.writeFile(fileOf(documentName), state)
  },
})

const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  extensions: persistDir ? [database] : [],
})
await server.listen()
process.stdout.write(`listening on http://127.0.0.1:${server.address.port}\n`)
