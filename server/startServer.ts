/** Composition: store, rooms, HTTP and socket.io on one port. Nothing else lives here. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Role } from '../shared/access.ts'
import type { AccessPolicy } from './auth/capabilities.ts'
import type { ServerConfig } from './config.ts'
import { seedDemoBoard } from './demo/seedDemoBoard.ts'
import { DEMO_BOARD_ID } from '../shared/board/ids.ts'
import { createApp } from './http/createApp.ts'
import type { ClusterNode } from './cluster/clusterNode.ts'
import type { Cluster } from './cluster/joinCluster.ts'
import { createLogger, type Logger } from './log.ts'
import { attachSocketServer, disconnectRoleSockets } from './rooms/attachSocketServer.ts'
import { RoomRegistry } from './rooms/RoomRegistry.ts'
import type { BoardServer } from './rooms/types.ts'
import { sourceAdder } from './sources/addSourceToBoard.ts'
import { sourceReplacer, sourceUrlReader } from './sources/replaceSourceOnBoard.ts'
import type { AddSourceToBoard } from './sources/sourcesRouter.ts'
import type { BoardStore } from './storage/BoardStore.ts'
import { createBoardStore } from './storage/createBoardStore.ts'

export interface RunningServer {
  /** The origin clients connect to, e.g. http://127.0.0.1:40123. */
  url: string
  port: number
  io: BoardServer
  registry: RoomRegistry
  store: BoardStore
  logger: Logger
  /** The demo board's tokens, when it was created by this start. */
  demoTokens: Record<Role, string> | undefined
  /** Flushes every room, then closes sockets, the HTTP server and the store. */
  close(): Promise<void>
}

export async function startServer(
  config: ServerConfig,
  options: {
    logger?: Logger
    store?: BoardStore
    /** How an imported article joins its live board; without it there is no import endpoint. */
    addSourceToBoard?: AddSourceToBoard
  } = {},
): Promise<RunningServer> {
  const logger = options.logger ?? createLogger()
  const store = options.store ?? (await createBoardStore(config, logger))
  const demoTokens = await seedDemoBoard(store)
  const policy: AccessPolicy = { openBoardIds: new Set([DEMO_BOARD_ID]), requireTokens: config.requireTokens }
  const { limits } = config
  const node = await joinClusterIfSet(config, logger)
  const cluster = node?.cluster
  const global = node?.limiters
  const registry = new RoomRegistry(
    store,
    {
      idleMs: config.roomIdleMs,
      compactAfterUpdates: config.compactAfterUpdates,
      compactAfterBytes: config.compactAfterBytes,
      limits,
      replay: config.replay,
      link: cluster?.link,
    },
    logger,
  )
  const app = createApp({
    store,
    registry,
    policy,
    logger,
    limits,
    publicUrl: config.publicUrl,
    // `io` is created below, after the app, so that socket.io sees its requests first.
    disconnectRole: (boardId, role) =>
      cluster ? cluster.disconnectRole(boardId, role) : disconnectRoleSockets(io, boardId, role),
    boardCreations: global?.boardCreations,
    sources: {
      settings: config.sourceImport,
      addSourceToBoard: options.addSourceToBoard ?? sourceAdder(registry, limits),
      replaceSourceOnBoard: sourceReplacer(registry),
      sourceUrlOnBoard: sourceUrlReader(registry),
    },
  })
  const httpServer = http.createServer(app)
  const io = attachSocketServer(httpServer, {
    store,
    registry,
    policy,
    logger,
    limits,
    connectionLimiter: global?.connections,
  })
  cluster?.attach(io, registry)
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(config.port, config.host, resolve)
  })
  const { port } = httpServer.address() as AddressInfo
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
  const url = config.publicUrl ?? `http://${host}:${port}`
  let closing: Promise<void> | undefined
  const close = () => (closing ??= shutdown(io, registry, store, cluster))
  return { url, port, io, registry, store, logger, demoTokens, close }
}

/** Joins the other nodes when REDIS_URL is set; imported only then (see clusterNode.ts). */
async function joinClusterIfSet(config: ServerConfig, logger: Logger): Promise<ClusterNode | undefined> {
  const { redisUrl } = config
  if (!redisUrl) return undefined
  const { joinClusterNode } = await import('./cluster/clusterNode.ts')
  return joinClusterNode({ ...config, redisUrl }, logger)
}

async function shutdown(io: BoardServer, registry: RoomRegistry, store: BoardStore, cluster?: Cluster) {
  // Closing the engine drops transports without a "disconnect" packet, so clients reconnect to the
  // next server on their own; rooms flush after their queued updates are stored.
  const closed = new Promise<void>((resolve) => io.close(() => resolve()))
  await registry.closeAll()
  await closed
  await store.close()
  await cluster?.close()
}
