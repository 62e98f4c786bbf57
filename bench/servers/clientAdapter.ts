/**
 * What the bench needs from a server's client library: a room to work in, and clients that keep a
 * Y.Doc and an Awareness in sync with it. One small adapter per server, so that the same scenario
 * code drives all of them.
 */
import type * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'

/** A room (board, document) on a server. */
export interface BenchRoom {
  /** The board id or document name. */
  name: string
  /** A token with the right to edit, where the server checks one. */
  token?: string
  /** True when the server already gave the document the board layout (meta), so clients must not. */
  initialized: boolean
}

/** One connected client. */
export interface BenchClient {
  doc: Y.Doc
  awareness: Awareness
  /** Disconnects and releases the provider and its doc. */
  destroy(): void
}

/** A server's client library, behind the two calls the scenarios make. */
export interface ClientAdapter {
  /** Makes a fresh, empty room. */
  createRoom(serverUrl: string): Promise<BenchRoom>
  /**
   * Connects a new client on a new doc; resolves once it has the server's state. When `signal`
   * aborts first, the client is destroyed and the promise rejects.
   */
  connect(serverUrl: string, room: BenchRoom, signal: AbortSignal): Promise<BenchClient>
}

/** Resolves with `client` once `synced` does; on abort destroys the client and rejects. */
export function whenSynced(
  client: BenchClient,
  synced: Promise<void>,
  signal: AbortSignal,
): Promise<BenchClient> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      client.destroy()
      reject(signal.reason instanceof Error ? signal.reason : new Error('connecting was aborted'))
    }
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    synced.then(
      () => {
        signal.removeEventListener('abort', onAbort)
        resolve(client)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        client.destroy()
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}

/** The websocket URL of an http:// server origin. */
export function toWebSocketUrl(serverUrl: string): string {
  return serverUrl.replace(/^http/, 'ws')
}

/** A short random room name, valid as a board id too (a-z, 0-9, -). */
export function randomRoomName(): string {
  return `bench-${Math.random().toString(36).slice(2, 12)}`
}
