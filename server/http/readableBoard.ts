/** The read check of the routes any of a board's links may use (exports, replay). */
import type { Request } from 'express'
import type { Role } from '../../shared/access.ts'
import { boardIdSchema } from '../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { z } from '../../shared/zod.ts'
import { resolveRole, type AccessPolicy } from '../auth/capabilities.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { bearerToken } from './requireModerator.ts'

const idSchema = z.strictObject({ id: boardIdSchema })

/**
 * The board `:id` of a request and the role its bearer token grants; throws NOT_FOUND for an unknown
 * board and UNAUTHORIZED without a valid token (the demo board needs none).
 */
export async function readableBoard(
  deps: { store: BoardStore; policy: AccessPolicy },
  req: Request,
): Promise<{ id: string; role: Role }> {
  const { id } = idSchema.parse({ id: req.params.id })
  if (!(await deps.store.hasBoard(id))) throw new BoardError(ErrorCode.NotFound, 'This board does not exist.')
  // Every role may read the whole board (view and projector links included), so any valid token will do.
  return { id, role: await resolveRole(deps.store, deps.policy, id, bearerToken(req)) }
}
