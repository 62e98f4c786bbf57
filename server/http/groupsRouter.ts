/**
 * Small groups, for the moderator only (`Authorization: Bearer <moderator token>`):
 *
 * - `POST /api/boards/:id/groups` `{ count: 1..30 }` makes `count` copies of the board and answers 201
 *   `{ groups: [{ id, number, links: { moderate, edit, bull, bear, view, projector } }] }`. Each copy's
 *   moderator token is derived from the original's (`deriveGroupModeratorToken`), so the original's
 *   moderator link opens every copy as moderator.
 * - `GET /api/boards/:id/groups` answers `{ groups: GroupStatus[] }` (server/boards/groupStatus.ts).
 */
import express, { Router, type Request } from 'express'
import { z } from '../../shared/zod.ts'
import { SessionDocName } from '../../shared/access.ts'
import { boardIdSchema } from '../../shared/board/schema.ts'
import { FREE_SESSION, MAX_GROUPS, readSession } from '../../shared/debate/session.ts'
import { boardLinks, type AccessPolicy } from '../auth/capabilities.ts'
import { createGroupCopies } from '../boards/groupCopies.ts'
import { listGroupStatus } from '../boards/groupStatus.ts'
import type { Logger } from '../log.ts'
import { optionalDocument } from '../rooms/optionalDocument.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { requireModerator } from './requireModerator.ts'

export interface GroupsRouterDeps {
  store: BoardStore
  registry: RoomRegistry
  policy: AccessPolicy
  logger: Logger
  jsonBodyLimitBytes: number
  /** The origin put in links. */
  publicUrl: (req: Request) => string
}

const paramsSchema = z.strictObject({ id: boardIdSchema })
const bodySchema = z.strictObject({
  count: z
    .number({ error: `must be a whole number from 1 to ${MAX_GROUPS}` })
    .int({ error: `must be a whole number from 1 to ${MAX_GROUPS}` })
    .min(1, { error: `must be a whole number from 1 to ${MAX_GROUPS}` })
    .max(MAX_GROUPS, { error: `must be a whole number from 1 to ${MAX_GROUPS}` }),
})

export function groupsRouter(deps: GroupsRouterDeps): Router {
  const router = Router()
  const json = express.json({ limit: deps.jsonBodyLimitBytes })

  router.post('/:id/groups', json, async (req, res) => {
    const { id } = paramsSchema.parse(req.params)
    const token = await requireModerator(deps, id, req, 'Making groups')
    const { count } = bodySchema.parse(req.body ?? {})
    const copies = await createGroupCopies(deps, id, token, count)
    deps.logger.info({ boardId: id, groups: copies.length }, 'group copies made')
    const origin = deps.publicUrl(req)
    res.status(201).json({
      groups: copies.map(({ id: copyId, number, tokens }) => ({
        id: copyId,
        number,
        links: boardLinks(origin, copyId, tokens),
      })),
    })
  })

  router.get('/:id/groups', async (req, res) => {
    const { id } = paramsSchema.parse(req.params)
    await requireModerator(deps, id, req, 'The groups overview')
    const ids = await deps.registry.withRoom(id, (room) => {
      const session = optionalDocument(room, SessionDocName.Session)
      return (session ? readSession(session) : FREE_SESSION).groups
    })
    res.json({ groups: await listGroupStatus(deps, ids) })
  })

  return router
}
