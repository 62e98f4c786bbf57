/** socket.io on the HTTP server: handshake checks, then each socket wired to its board's room. */
import type http from 'node:http'
import { Server, type Event } from 'socket.io'
import type { Role } from '../../shared/access.ts'
import { BoardError, ErrorCode, asBoardError, type ErrorPayload } from '../../shared/errors.ts'
import {
  PROTOCOL_VERSION,
  SOCKET_PATH,
  handshakeSchema,
  type ClientToServerEvents,
} from '../../shared/protocol.ts'
import { socketParser } from '../../shared/sync/socketParser.ts'
import { hashToken, resolveRole, type AccessPolicy } from '../auth/capabilities.ts'
import { ephemeralParticipantId, participantIdOf } from '../auth/participants.ts'
import { localAddressLimiter, type AddressLimiter } from '../limits/addressLimiter.ts'
import type { Limits } from '../limits/limitsConfig.ts'
import { createSocketGuard } from '../limits/socketGuard.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import type { BoardRoom } from './BoardRoom.ts'
import type { RoomRegistry } from './RoomRegistry.ts'
import type { RoomConnection } from './RoomConnection.ts'
import { releaseHandshakeRequests } from './releaseHandshakeRequests.ts'
import { socketConnection } from './socketConnection.ts'
import type { BoardServer, BoardSocket } from './types.ts'

export interface SocketServerDeps {
  store: BoardStore
  registry: RoomRegistry
  policy: AccessPolicy
  logger: Logger
  limits: Limits
  /** New connections per address; counted on this node when not given (Redis counts them for all nodes). */
  connectionLimiter?: AddressLimiter
}

/** How long a client has, after the transport opened, to complete the socket.io handshake. */
const CONNECT_TIMEOUT_MS = 10_000

/** Creates the socket.io server and wires every connection to its room. */
export function attachSocketServer(httpServer: http.Server, deps: SocketServerDeps): BoardServer {
  const io: BoardServer = new Server(httpServer, {
    path: SOCKET_PATH,
    // A larger message closes the connection inside socket.io before any of our code reads it.
    maxHttpBufferSize: deps.limits.maxMessageBytes,
    connectTimeout: CONNECT_TIMEOUT_MS,
    serveClient: false,
    cors: { origin: false },
    // One frame per packet, binary included (see socketParser.ts); every client must speak it too.
    parser: socketParser,
  })
  const connections = deps.connectionLimiter ?? localAddressLimiter(deps.limits.connections)
  const addresses = releaseHandshakeRequests(io, deps.limits.trustProxyHops)
  io.use((socket, next) => {
    const address = addresses.get(socket.conn) ?? 'unknown'
    admit(socket, address, connections, deps).then(
      () => next(),
      (error: unknown) => next(toConnectError(error, deps.logger)),
    )
  })
  io.on('connection', (socket) => wireSocket(socket, deps))
  return io
}

/**
 * Disconnects, at once, every socket on `boardId` that joined with the token of `role` (the token
 * that was just replaced), after telling it why. Sockets without a token (an open board) stay.
 */
export function disconnectRoleSockets(io: BoardServer, boardId: string, role: Role): number {
  let count = 0
  for (const socket of io.of('/').sockets.values()) {
    const { data } = socket
    if (data.boardId !== boardId || data.role !== role || data.tokenHash === undefined) continue
    revoke(socket)
    count++
  }
  return count
}

function revoke(socket: BoardSocket) {
  socket.emit('board-error', {
    code: ErrorCode.TokenRevoked,
    message: 'The moderator replaced this board link. Ask for the new one.',
  })
  socket.disconnect(true)
}

async function admit(
  socket: BoardSocket,
  address: string,
  connections: AddressLimiter,
  deps: SocketServerDeps,
) {
  if (!(await connections.take(address))) {
    deps.logger.warn({ address }, 'connection refused: rate limit')
    throw new BoardError(ErrorCode.RateLimited, 'Too many connections from your network. Wait a minute.')
  }
  await authenticate(socket, deps)
}

async function authenticate(socket: BoardSocket, { store, policy }: SocketServerDeps) {
  const handshake = handshakeSchema.safeParse(socket.handshake.auth)
  if (!handshake.success) {
    throw new BoardError(
      ErrorCode.BadRequest,
      'The connection request is missing a board id or protocol version.',
    )
  }
  const { protocolVersion, boardId, token, participantKey } = handshake.data
  if (protocolVersion !== PROTOCOL_VERSION) {
    throw new BoardError(
      ErrorCode.ProtocolMismatch,
      `This page speaks protocol ${protocolVersion} but the server speaks ${PROTOCOL_VERSION}. Reload the page.`,
    )
  }
  const role = await resolveRole(store, policy, boardId, token)
  if (!(await store.hasBoard(boardId))) throw new BoardError(ErrorCode.NotFound, 'This board does not exist.')
  socket.data = {
    boardId,
    role,
    tokenHash: token ? hashToken(token) : undefined,
    participantId: participantKey ? participantIdOf(participantKey) : ephemeralParticipantId(),
  }
}

function toConnectError(error: unknown, logger: Logger): Error & { data: ErrorPayload } {
  if (!(error instanceof BoardError)) logger.error({ err: error }, 'handshake failed')
  const payload = asBoardError(error, 'The server could not connect you.').toPayload()
  return Object.assign(new Error(payload.message), { data: payload })
}

type Handlers = {
  [E in keyof ClientToServerEvents]: (room: BoardRoom, connection: RoomConnection, args: unknown[]) => unknown
}

/** One handler per client event; its keys are also the only event names a client may send. */
const handlers: Handlers = {
  sync: (room, connection, [doc, payload]) => room.receiveSync(connection, doc, payload),
  awareness: (room, connection, [payload]) => room.receiveAwareness(connection, payload),
  facilitate: (room, connection, [action, ack]) =>
    room.facilitate(connection, action).then(
      () => answer(ack, { ok: true }),
      (error: unknown) =>
        answer(ack, {
          ok: false,
          error: asBoardError(error, 'The action could not be applied.').toPayload(),
        }),
    ),
  vote: (room, connection, [ballot, ack]) =>
    room.vote(connection, ballot).then(
      (ballots) => answer(ack, { ok: true, ballots }),
      (error: unknown) =>
        answer(ack, { ok: false, error: asBoardError(error, 'The ballot could not be stored.').toPayload() }),
    ),
  ownBallots: (room, connection, [ack]) =>
    room.ownBallots(connection).then(
      (ballots) => answer(ack, { ok: true, ballots }),
      (error: unknown) =>
        answer(ack, { ok: false, error: asBoardError(error, 'Your ballots could not be read.').toPayload() }),
    ),
  clock: (_room, _connection, [ack]) => answer(ack, Date.now()),
}

/** Calls a socket.io acknowledgement, if the client asked for one. */
function answer(ack: unknown, value: unknown) {
  if (typeof ack === 'function') (ack as (value: unknown) => void)(value)
}
const KNOWN_EVENTS: ReadonlySet<string> = new Set(Object.keys(handlers))

/**
 * Handlers are attached at once, before the room has loaded: messages that arrive meanwhile wait on
 * the load promise, in arrival order, instead of being dropped.
 */
function wireSocket(socket: BoardSocket, { registry, store, logger, limits }: SocketServerDeps) {
  const { boardId, role, tokenHash } = socket.data
  socket.use(
    createSocketGuard(
      socket,
      {
        messages: limits.socketMessages,
        bytes: { ...limits.socketBytes, burst: Math.max(limits.socketBytes.burst, limits.maxMessageBytes) },
        floodDisconnectAfter: limits.socketFloodDisconnectAfter,
        knownEvents: KNOWN_EVENTS,
      },
      logger,
    ),
  )
  // A rotation between this socket's handshake and now would have missed it: look again.
  if (tokenHash !== undefined) {
    void store.findRole(boardId, tokenHash).then(
      (current) => (current === role ? undefined : revoke(socket)),
      () => socket.disconnect(true),
    )
  }
  const connection = socketConnection(socket)
  const room = registry.acquire(boardId)
  room.then(
    (ready) => (socket.connected ? ready.join(connection) : undefined),
    (error: unknown) => {
      const payload = asBoardError(error, 'This board could not be loaded. Try again later.').toPayload()
      logger.warn({ boardId, code: payload.code }, 'room could not be loaded for a socket')
      socket.emit('board-error', payload)
      socket.disconnect(true)
    },
  )
  socket.use(dispatcher(room, connection, logger))
  socket.on('disconnect', () => {
    void room.then((ready) => {
      ready.leave(connection)
      registry.release(boardId, ready)
    }, noop)
  })
}

/**
 * The last middleware: hands each client event to its handler rather than on to socket.io's event
 * emitter, where one listener per event would cost every idle socket six closures and a dictionary
 * of listeners. The guard before it has refused unknown events; acknowledgements ride in `args`.
 */
function dispatcher(room: Promise<BoardRoom>, connection: RoomConnection, logger: Logger) {
  return ([event, ...args]: Event) => {
    if (typeof event !== 'string' || !Object.hasOwn(handlers, event)) return
    const handle = handlers[event as keyof Handlers]
    // The handlers answer refusals themselves; anything else thrown is a bug, logged, never an
    // unhandled rejection (which would stop the process for everyone).
    room
      .then((ready) => handle(ready, connection, args), noop)
      .catch((error: unknown) => logger.error({ err: error, event }, 'client event handler failed'))
  }
}

function noop() {}
