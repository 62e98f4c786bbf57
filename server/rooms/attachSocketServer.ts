/** socket.io on the HTTP server: handshake checks, then each socket wired to its board's room. */
import type http from 'node:http'
import { Server } from 'socket.io'
import { BoardError, ErrorCode, type ErrorPayload } from '../../shared/errors.ts'
import { PROTOCOL_VERSION, SOCKET_PATH, handshakeSchema } from '../../shared/protocol.ts'
import { hashToken, resolveRole, type AccessPolicy } from '../auth/capabilities.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import type { RoomRegistry } from './RoomRegistry.ts'
import type { BoardServer, BoardSocket } from './types.ts'

export interface SocketServerDeps {
  store: BoardStore
  registry: RoomRegistry
  policy: AccessPolicy
  logger: Logger
  /** socket.io's cap on one message, in bytes. */
  maxMessageBytes: number
}

/** Creates the socket.io server and wires every connection to its room. */
export function attachSocketServer(httpServer: http.Server, deps: SocketServerDeps): BoardServer {
  const io: BoardServer = new Server(httpServer, {
    path: SOCKET_PATH,
    maxHttpBufferSize: deps.maxMessageBytes,
    serveClient: false,
    cors: { origin: false },
  })
  io.use((socket, next) => {
    authenticate(socket, deps).then(
      () => next(),
      (error: unknown) => next(toConnectError(error, deps.logger)),
    )
  })
  io.on('connection', (socket) => wireSocket(socket, deps))
  return io
}

async function authenticate(socket: BoardSocket, { store, policy }: SocketServerDeps) {
  const handshake = handshakeSchema.safeParse(socket.handshake.auth)
  if (!handshake.success) {
    throw new BoardError(
      ErrorCode.BadRequest,
      'The connection request is missing a board id or protocol version.',
    )
  }
  const { protocolVersion, boardId, token } = handshake.data
  if (protocolVersion !== PROTOCOL_VERSION) {
    throw new BoardError(
      ErrorCode.ProtocolMismatch,
      `This page speaks protocol ${protocolVersion} but the server speaks ${PROTOCOL_VERSION}. Reload the page.`,
    )
  }
  const role = await resolveRole(store, policy, boardId, token)
  if (!(await store.hasBoard(boardId))) throw new BoardError(ErrorCode.NotFound, 'This board does not exist.')
  socket.data = { boardId, role, tokenHash: token ? hashToken(token) : undefined }
}

function toConnectError(error: unknown, logger: Logger): Error & { data: ErrorPayload } {
  const payload =
    error instanceof BoardError
      ? error.toPayload()
      : { code: ErrorCode.Internal, message: 'The server could not connect you.' }
  if (!(error instanceof BoardError)) logger.error({ err: error }, 'handshake failed')
  return Object.assign(new Error(payload.message), { data: payload })
}

/**
 * Handlers are attached at once, before the room has loaded: messages that arrive meanwhile wait on
 * the load promise, in arrival order, instead of being dropped.
 */
function wireSocket(socket: BoardSocket, { registry, logger }: SocketServerDeps) {
  const { boardId } = socket.data
  const room = registry.acquire(boardId)
  room.then(
    (ready) => (socket.connected ? ready.join(socket) : undefined),
    (error: unknown) => {
      const payload =
        error instanceof BoardError
          ? error.toPayload()
          : { code: ErrorCode.Internal, message: 'Load failed.' }
      logger.warn({ boardId, code: payload.code }, 'room could not be loaded for a socket')
      socket.emit('board-error', payload)
      socket.disconnect(true)
    },
  )
  socket.on('sync', (payload) => void room.then((ready) => ready.receiveSync(socket, payload), noop))
  socket.on(
    'awareness',
    (payload) => void room.then((ready) => ready.receiveAwareness(socket, payload), noop),
  )
  socket.on('disconnect', () => {
    void room.then((ready) => {
      ready.leave(socket)
      registry.release(boardId)
    }, noop)
  })
}

function noop() {}
