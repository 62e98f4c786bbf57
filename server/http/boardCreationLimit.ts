/** The per-address limit on making boards, shared by creating one and importing one. */
import type { Request, Response } from 'express'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { AddressLimiter } from '../limits/addressLimiter.ts'
import type { Limits } from '../limits/limitsConfig.ts'
import type { BoardStore } from '../storage/BoardStore.ts'

const HOUR_MS = 60 * 60 * 1000

export interface BoardCreationLimitDeps {
  store: BoardStore
  limits: Pick<Limits, 'boardsPerIpPerHour'>
  /** Counts creations across every node (Redis); without it the store's count of boards made decides. */
  boardCreations?: AddressLimiter
}

/** Whether one more board may be made from `createdBy` this hour. */
async function underLimit(deps: BoardCreationLimitDeps, createdBy: string): Promise<boolean> {
  // NOTE: the store's count alone lets two nodes that count at once both pass; Redis counts atomically.
  if (deps.boardCreations) return deps.boardCreations.take(createdBy)
  const recent = await deps.store.countBoardsCreatedSince(createdBy, Date.now() - HOUR_MS)
  return recent < deps.limits.boardsPerIpPerHour
}

/** Who is making a board (the address it is counted against); throws RATE_LIMITED past the hourly limit. */
export async function checkBoardCreationLimit(
  deps: BoardCreationLimitDeps,
  req: Request,
  res: Response,
): Promise<string> {
  const createdBy = req.ip ?? 'unknown'
  if (!(await underLimit(deps, createdBy))) {
    res.set('Retry-After', '3600')
    throw new BoardError(
      ErrorCode.RateLimited,
      `At most ${deps.limits.boardsPerIpPerHour} boards can be created per hour from one address.`,
    )
  }
  return createdBy
}
