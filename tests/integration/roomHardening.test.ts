import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { SOCKET_PATH, encodeSyncStep2 } from '../../shared/protocol.ts'
import { registerCleanup } from '../helpers/cleanup.ts'
import { createClient } from '../helpers/clients.ts'

describe('room hardening', () => {
  it('[SY26] the provider survives a malformed message from the server: no exception, a local MALFORMED_MESSAGE, and a new handshake', async () => {
    const httpServer = http.createServer()
    const io = new Server(httpServer, { path: SOCKET_PATH })
    registerCleanup(() => new Promise((resolve) => io.close(resolve)))
    let connections = 0
    io.on('connection', (socket) => {
      connections++
      socket.on('sync', () => undefined)
      if (connections === 1) {
        socket.emit('board-error', { code: 'NOT_A_CODE', message: 42 })
        socket.emit('awareness', Uint8Array.of(1, 2, 3))
        socket.emit('sync', Uint8Array.of(0xff, 0xff, 0xff))
      } else {
        socket.emit('sync', encodeSyncStep2(new Y.Doc()))
      }
    })
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve))
    const { port } = httpServer.address() as AddressInfo

    const client = createClient(`http://127.0.0.1:${port}`, 'any-board')
    const errors: BoardError[] = []
    client.provider.on('board-error', (error) => errors.push(error))
    await client.provider.whenSynced()
    expect(connections).toBe(2)
    expect(errors.map((error) => error.code)).toEqual([ErrorCode.MalformedMessage])
  })
})
