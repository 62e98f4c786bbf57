/** Real socket.io clients: BoardProviders in Node, and raw sockets for sending anything at all. */
import * as Y from 'yjs'
import { io, type Socket } from 'socket.io-client'
import { vi } from 'vitest'
import {
  PROTOCOL_VERSION,
  SOCKET_PATH,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '../../shared/protocol.ts'
import { socketParser } from '../../shared/sync/socketParser.ts'
import { BoardProvider, type BoardProviderOptions } from '../../shared/sync/BoardProvider.ts'
import type { ErrorPayload } from '../../shared/errors.ts'
import { getBoardRoots } from '../../shared/board/layout.ts'
import { registerCleanup } from './cleanup.ts'

export interface TestClient {
  doc: Y.Doc
  provider: BoardProvider
}

/** A BoardProvider on a new Y.Doc, connected (not yet synced) to `boardId`. */
export function createClient(
  url: BoardProviderOptions['url'],
  boardId: string,
  options: Partial<Omit<BoardProviderOptions, 'url' | 'boardId'>> = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc()
  const provider = new BoardProvider({ url, boardId, doc, transports: ['websocket'], ...options })
  registerCleanup(() => {
    provider.destroy()
    doc.destroy()
  })
  return { doc, provider }
}

/** A client that has received the server's state. */
export async function connectClient(
  url: BoardProviderOptions['url'],
  boardId: string,
  options: Partial<Omit<BoardProviderOptions, 'url' | 'boardId'>> = {},
): Promise<TestClient> {
  const client = createClient(url, boardId, options)
  await client.provider.whenSynced()
  return client
}

export type RawSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** A bare socket.io client with a valid handshake by default; it collects the errors it is sent. */
export async function connectRawSocket(
  url: string,
  auth: Record<string, unknown>,
  /** Headers of the WebSocket upgrade request, e.g. X-Forwarded-For. */
  headers: Record<string, string> = {},
): Promise<{ socket: RawSocket; errors: ErrorPayload[] }> {
  const socket: RawSocket = io(url, {
    path: SOCKET_PATH,
    extraHeaders: headers,
    auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    parser: socketParser,
  })
  // A weak reference: a socket the server already closed can be collected before the test ends,
  // which the fuzz test's memory figure depends on.
  const weak = new WeakRef(socket)
  registerCleanup(() => weak.deref()?.disconnect())
  const errors: ErrorPayload[] = []
  socket.on('board-error', (error) => errors.push(error))
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('connect_error', reject)
  })
  return { socket, errors }
}

/**
 * A board's content as JSON with sorted keys. NOTE: doc.toJSON() lists only the root types this
 * replica has accessed, and Y.Map key order differs between replicas; both would make equal boards differ.
 */
export function canonicalJson(doc: Y.Doc): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    )
  }
  const roots = getBoardRoots(doc)
  return JSON.stringify(
    sortKeys(Object.fromEntries(Object.entries(roots).map(([name, type]) => [name, type.toJSON()]))),
  )
}

/** Waits until every document has the same content as the first. */
export async function waitForConvergence(docs: Y.Doc[], timeout = 10_000): Promise<void> {
  await vi.waitFor(
    () => {
      const [first, ...rest] = docs.map(canonicalJson)
      for (const other of rest) if (other !== first) throw new Error('documents differ')
    },
    { timeout, interval: 20 },
  )
}
