/**
 * The teacher's dashboard, for the moderator only (`Authorization: Bearer <moderator token>`):
 *
 * - `GET /api/boards/:id/dashboard` answers JSON
 *   `{ id, title, format, phaseId, participants: ParticipantStats[], articles: ArticleUse[] }`
 *   (server/debate/dashboard.ts).
 * - `GET /api/boards/:id/dashboard.csv?lang=en|zh-Hans|zh-Hant` answers the participants as a CSV
 *   attachment (server/debate/dashboardCsv.ts).
 */
import { Router, type Request } from 'express'
import { z } from '../../shared/zod.ts'
import { SessionDocName } from '../../shared/access.ts'
import { DocName, readCards, readLinks, readMeta, readSources } from '../../shared/board/index.ts'
import { boardIdSchema } from '../../shared/board/schema.ts'
import { readRoster } from '../../shared/debate/roster.ts'
import { FREE_SESSION, readSession } from '../../shared/debate/session.ts'
import type { AccessPolicy } from '../auth/capabilities.ts'
import { computeDashboard, type Dashboard } from '../debate/dashboard.ts'
import { CsvLanguage, attachmentDisposition, csvFileName, dashboardCsv } from '../debate/dashboardCsv.ts'
import { optionalDocument } from '../rooms/optionalDocument.ts'
import type { BoardRoom } from '../rooms/BoardRoom.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { requireModerator } from './requireModerator.ts'

export interface DashboardRouterDeps {
  store: BoardStore
  registry: RoomRegistry
  policy: AccessPolicy
}

const paramsSchema = z.strictObject({ id: boardIdSchema })
const csvQuerySchema = z.object({
  lang: z.enum(CsvLanguage, { error: 'must be en, zh-Hans or zh-Hant' }).default(CsvLanguage.En),
})

export function dashboardRouter(deps: DashboardRouterDeps): Router {
  const router = Router()

  router.get('/:id/dashboard', async (req, res) => {
    const { id, title, dashboard } = await readDashboard(deps, req)
    res.set('Cache-Control', 'no-store').json({ id, title, ...dashboard })
  })

  router.get('/:id/dashboard.csv', async (req, res) => {
    const { lang } = csvQuerySchema.parse(req.query)
    const { id, title, dashboard } = await readDashboard(deps, req)
    res
      .set('Cache-Control', 'no-store')
      .set('Content-Type', 'text/csv; charset=utf-8')
      .set('Content-Disposition', attachmentDisposition(csvFileName(title, id), `${id}-dashboard.csv`))
      .send(dashboardCsv(dashboard.participants, lang))
  })

  return router
}

async function readDashboard(deps: DashboardRouterDeps, req: Request) {
  const { id } = paramsSchema.parse(req.params)
  await requireModerator(deps, id, req, 'The dashboard')
  return deps.registry.withRoom(id, (room) => ({
    id,
    title: readMeta(room.document(DocName.Control)).title,
    dashboard: dashboardOf(room),
  }))
}

/** The dashboard of a live board; a board without a roster or session reads as a free board nobody joined. */
function dashboardOf(room: BoardRoom): Dashboard {
  const board = room.document(DocName.Board)
  const roster = optionalDocument(room, SessionDocName.Roster)
  const session = optionalDocument(room, SessionDocName.Session)
  return computeDashboard({
    cards: readCards(board),
    links: readLinks(board),
    sources: readSources(board),
    roster: roster ? readRoster(roster) : new Map(),
    session: session ? readSession(session) : FREE_SESSION,
  })
}
