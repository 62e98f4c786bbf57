/** The express app: health, the boards API, then the built client. */
import express, { type Request } from 'express'
import type { AccessPolicy } from '../auth/capabilities.ts'
import type { Logger } from '../log.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { boardsRouter } from './boardsRouter.ts'
import { clientRouter } from './clientBuild.ts'
import { apiNotFound, errorHandler } from './httpErrors.ts'

export interface AppDeps {
  store: BoardStore
  registry: RoomRegistry
  policy: AccessPolicy
  logger: Logger
  publicUrl?: string
}

export function createApp(deps: AppDeps): express.Express {
  const app = express()
  app.disable('x-powered-by')
  const publicUrl = (req: Request) => deps.publicUrl ?? `${req.protocol}://${req.get('host')}`
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, rooms: deps.registry.loadedCount })
  })
  app.use('/api', express.json({ limit: '64kb' }))
  app.use('/api/boards', boardsRouter({ ...deps, publicUrl }))
  app.use('/api', apiNotFound)
  app.use(clientRouter())
  app.use(errorHandler(deps.logger))
  return app
}
