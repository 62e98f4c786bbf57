/** The moderator check shared by the moderator-only routes: a bearer token that grants `moderate`. */
import type { Request } from 'express'
import { Role } from '../../shared/access.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { resolveRole, type AccessPolicy } from '../auth/capabilities.ts'
import type { BoardStore } from '../storage/BoardStore.ts'

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization') ?? ''
  return /^Bearer (.{1,256})$/.exec(header)?.[1]
}

/**
 * The moderator token a request presents for board `boardId`; throws UNAUTHORIZED without a valid
 * token and FORBIDDEN with another role's. `what` completes "… needs the moderator link" (e.g.
 * "Making groups").
 */
export async function requireModerator(
  deps: { store: BoardStore; policy: AccessPolicy },
  boardId: string,
  req: Request,
  what: string,
): Promise<string> {
  const token = bearerToken(req)
  if (!token) throw new BoardError(ErrorCode.Unauthorized, `${what} needs the moderator link.`)
  if ((await resolveRole(deps.store, deps.policy, boardId, token)) !== Role.Moderate)
    throw new BoardError(ErrorCode.Forbidden, `${what} is for the moderator only: open the moderator link.`)
  return token
}
