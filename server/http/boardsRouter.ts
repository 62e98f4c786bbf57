/** The boards API: create a board (its format, articles and anonymity), read its meta, rotate its derived links. */
import express, { Router, type Request } from 'express'
import { z } from '../../shared/zod.ts'
import { Role } from '../../shared/access.ts'
import { DERIVED_ROLES, deriveRoleToken, type LinkEpochs } from '../../shared/auth/derivedTokens.ts'
import { readMeta } from '../../shared/board/accessors.ts'
import { DocName } from '../../shared/board/layout.ts'
import { boardIdSchema } from '../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { boardLink, boardLinks, hashToken, resolveRole, type AccessPolicy } from '../auth/capabilities.ts'
import { createBoard, createBoardInputSchema, destroyBoardDocuments } from '../boards/createBoard.ts'
import type { Limits } from '../limits/limitsConfig.ts'
import type { Logger } from '../log.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { checkBoardCreationLimit } from './boardCreationLimit.ts'
import { bearerToken, requireModerator } from './requireModerator.ts'
import type { AddressLimiter } from '../limits/addressLimiter.ts'

export interface BoardsRouterDeps {
  store: BoardStore
  registry: RoomRegistry
  policy: AccessPolicy
  logger: Logger
  limits: Pick<Limits, 'boardsPerIpPerHour' | 'jsonBodyLimitBytes'>
  /** Counts board creations per address across every node (Redis); the store counts them otherwise. */
  boardCreations?: AddressLimiter
  /** The origin put in links; by default the one the request came to. */
  publicUrl: (req: Request) => string
  /** Disconnects the sockets of a board that joined with the token of `role`; returns how many. */
  disconnectRole: (boardId: string, role: Role) => number
}

const paramsSchema = z.strictObject({ id: boardIdSchema })
const rotateParamsSchema = z.strictObject({ id: boardIdSchema, role: z.enum(DERIVED_ROLES) })

export function boardsRouter(deps: BoardsRouterDeps): Router {
  const router = Router()
  const json = express.json({ limit: deps.limits.jsonBodyLimitBytes })

  router.post('/', json, async (req, res) => {
    const input = createBoardInputSchema.parse(req.body ?? {})
    const createdBy = await checkBoardCreationLimit(deps, req, res)
    const { id, tokens, documents } = await createBoard(deps.store, input, { createdBy })
    destroyBoardDocuments(documents)
    res.status(201).json({ id, links: boardLinks(deps.publicUrl(req), id, tokens) })
  })

  router.get('/:id', async (req, res) => {
    const { id } = paramsSchema.parse(req.params)
    const role = await resolveRole(deps.store, deps.policy, id, bearerToken(req))
    if (!(await deps.store.hasBoard(id)))
      throw new BoardError(ErrorCode.NotFound, 'This board does not exist.')
    const meta = await deps.registry.withRoom(id, (room) => readMeta(room.document(DocName.Control)))
    // Only a moderator learns the epochs: with its own token they give the edit and view tokens.
    const linkEpochs = role === Role.Moderate ? await derivableEpochs(deps.store, id) : undefined
    res.json({ id, title: meta.title, motion: meta.motion, createdAt: meta.createdAt, role, linkEpochs })
  })

  // Revokes the edit or view link and issues a new one; its holders are disconnected at once.
  router.post('/:id/links/:role/rotate', async (req, res) => {
    const { id, role } = rotateParamsSchema.parse(req.params)
    const token = await requireModerator(deps, id, req, 'Replacing a board link')
    // The next epoch's token, derived from the moderator token presented, so any device holding it can
    // derive the same link; a token stored before epochs existed counts as epoch -1.
    const epoch = ((await deps.store.readTokenEpochs(id))[role] ?? -1) + 1
    const fresh = await deriveRoleToken(token, role, epoch)
    await deps.store.replaceToken(id, role, hashToken(fresh), epoch)
    const disconnected = deps.disconnectRole(id, role)
    deps.logger.info({ boardId: id, role, disconnected }, 'board link rotated')
    res.json({ role, link: boardLink(deps.publicUrl(req), id, fresh) })
  })

  return router
}

/** The epochs of the edit and view tokens, or only those derivable (boards made before epochs have none until reset). */
async function derivableEpochs(store: BoardStore, id: string): Promise<Partial<LinkEpochs>> {
  const epochs = await store.readTokenEpochs(id)
  return Object.fromEntries(
    DERIVED_ROLES.flatMap((role) => (epochs[role] === undefined ? [] : [[role, epochs[role]]])),
  )
}
