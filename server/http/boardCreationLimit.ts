/** The per-address limit on making boards, shared by creating one and importing one. */
import type { Request, Response } from 'express'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { Limits } from '../limits/limitsConfig.ts'
import type { BoardStore } from '../storage/BoardStore.ts'

const HOUR_MS = 60 * 60 * 1000

/** Who is making a board (the address it is counted against); throws RATE_LIMITED past the hourly limit. */
export async function checkBoardCreationLimit(
  deps: { store: BoardStore; limits: Pick<Limits, 'boardsPerIpPerHour'> },
  req: Request,
  res: Response,
): Promise<string> {
  const createdBy = req.ip ?? 'unknown'
  const recent = await deps.store.countBoardsCreatedSince(createdBy, Date.now() - HOUR_MS)
  if (recent >= deps.limits.boardsPerIpPerHour) {
    res.set('Retry-After', '3600')
    throw new BoardError(
      ErrorCode.RateLimited,
      `At most ${deps.limits.boardsPerIpPerHour} boards can be created per hour from one address.`,
    )
  }
  return createdBy
}
