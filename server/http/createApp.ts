/** The express app: security headers, health, the boards API (boards, groups, dashboard, exports, replay, articles), then the built client. */
import express, { type Request } from 'express'
import type { AccessPolicy } from '../auth/capabilities.ts'
import type { Limits } from '../limits/limitsConfig.ts'
import type { Logger } from '../log.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { ImportSettings } from '../sources/importSettings.ts'
import { sourcesRouter, type AddSourceToBoard } from '../sources/sourcesRouter.ts'
import type { ReplaceSourceOnBoard, SourceUrlOnBoard } from '../sources/replaceSourceOnBoard.ts'
import { sharedArticleReader } from '../sources/worker/ArticleReader.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { boardsRouter, type BoardsRouterDeps } from './boardsRouter.ts'
import { clientRouter } from './clientBuild.ts'
import { dashboardRouter } from './dashboardRouter.ts'
import { exportsRouter } from './exportsRouter.ts'
import { groupsRouter } from './groupsRouter.ts'
import { replayRouter } from './replayRouter.ts'
import { apiNotFound, errorHandler } from './httpErrors.ts'
import { corsFor, securityHeaders } from './security.ts'
import type { AddressLimiter } from '../limits/addressLimiter.ts'

export interface AppDeps {
  store: BoardStore
  registry: RoomRegistry
  policy: AccessPolicy
  logger: Logger
  limits: Limits
  /** Counts board creations per address across every node (Redis); the store counts them otherwise. */
  boardCreations?: AddressLimiter
  publicUrl?: string
  /** Disconnects the sockets of a board that joined with the (just replaced) token of a role. */
  disconnectRole: BoardsRouterDeps['disconnectRole']
  /** Article import settings, and how an imported article joins its live board. */
  sources?: {
    settings: ImportSettings
    addSourceToBoard: AddSourceToBoard | undefined
    /** A new version of an article (POST …/sources/:sourceId/versions) needs both. */
    replaceSourceOnBoard?: ReplaceSourceOnBoard
    sourceUrlOnBoard?: SourceUrlOnBoard
  }
}

export function createApp(deps: AppDeps): express.Express {
  const app = express()
  app.disable('x-powered-by')
  // req.ip reads X-Forwarded-For only for the configured number of proxy hops (none by default).
  app.set('trust proxy', deps.limits.trustProxyHops > 0 ? deps.limits.trustProxyHops : false)
  app.use(securityHeaders())
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, rooms: deps.registry.loadedCount })
  })
  const publicUrl = (req: Request) => deps.publicUrl ?? `${req.protocol}://${req.get('host')}`
  app.use('/api', corsFor(deps.limits.corsOrigins))
  app.use('/api/boards', boardsRouter({ ...deps, publicUrl }))
  const { jsonBodyLimitBytes } = deps.limits
  app.use('/api/boards', groupsRouter({ ...deps, jsonBodyLimitBytes, publicUrl }))
  app.use('/api/boards', dashboardRouter(deps))
  app.use('/api/boards', exportsRouter({ ...deps, publicUrl }))
  app.use('/api/boards', replayRouter(deps))
  // ARTICLE IMPORT: POST /api/boards/:id/sources exists only once the room can take the article in.
  if (deps.sources?.addSourceToBoard) {
    const { settings, addSourceToBoard, replaceSourceOnBoard, sourceUrlOnBoard } = deps.sources
    const reader = sharedArticleReader()
    const readArticle = reader.read.bind(reader)
    app.use(
      '/api/boards',
      sourcesRouter({
        ...deps,
        jsonBodyLimitBytes,
        settings,
        addSourceToBoard,
        readArticle,
        ...(replaceSourceOnBoard && sourceUrlOnBoard ? { replaceSourceOnBoard, sourceUrlOnBoard } : {}),
      }),
    )
  }
  app.use('/api', apiNotFound)
  app.use(clientRouter())
  app.use(errorHandler(deps.logger))
  return app
}
