/** The boards API: create a board, read its meta. */
import { Router, type Request } from 'express'
import { z } from 'zod'
import { Role } from '../../shared/access.ts'
import { readMeta } from '../../shared/board/accessors.ts'
import { boardIdSchema } from '../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { boardLink, resolveRole, type AccessPolicy } from '../auth/capabilities.ts'
import { createBoard, createBoardInputSchema } from '../boards/createBoard.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'

export interface BoardsRouterDeps {
  store: BoardStore
  registry: RoomRegistry
  policy: AccessPolicy
  /** The origin put in links; by default the one the request came to. */
  publicUrl: (req: Request) => string
}

const paramsSchema = z.object({ id: boardIdSchema })

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization') ?? ''
  return /^Bearer (.{1,256})$/.exec(header)?.[1]
}

export function boardsRouter(deps: BoardsRouterDeps): Router {
  const router = Router()

  router.post('/', async (req, res) => {
    const input = createBoardInputSchema.parse(req.body ?? {})
    const { id, tokens, doc } = await createBoard(deps.store, input, { createdBy: req.ip })
    doc.destroy()
    const origin = deps.publicUrl(req)
    const links = Object.fromEntries(
      Object.values(Role).map((role) => [role, boardLink(origin, id, tokens[role])]),
    ) as Record<Role, string>
    res.status(201).json({ id, links })
  })

  router.get('/:id', async (req, res) => {
    const { id } = paramsSchema.parse(req.params)
    const role = await resolveRole(deps.store, deps.policy, id, bearerToken(req))
    if (!(await deps.store.hasBoard(id)))
      throw new BoardError(ErrorCode.NotFound, 'This board does not exist.')
    const meta = await deps.registry.withRoom(id, (room) => readMeta(room.doc))
    res.json({ id, title: meta.title, motion: meta.motion, createdAt: meta.createdAt, role })
  })

  return router
}
