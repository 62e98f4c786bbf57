/** The card and article limits of a board, against the entries an update adds. */
import { RootType } from '../../../shared/board/layout.ts'
import { BoardError, ErrorCode } from '../../../shared/errors.ts'
import type { UpdateContext, UpdateLimits } from './types.ts'

/** The root maps whose entries are limited, with their limit and what people call them. */
const CAPACITIES = [
  { root: RootType.Cards, max: (limits: UpdateLimits) => limits.maxCardsPerBoard, what: 'cards' },
  { root: RootType.Sources, max: (limits: UpdateLimits) => limits.maxSourcesPerBoard, what: 'articles' },
] as const

/**
 * Refuses an update that would take a document past its card or article limit. `newEntries` holds,
 * by root, the keys the update writes that the root does not hold now: an overwrite of an existing
 * key adds nothing.
 * NOTE: the room counts the entries as they change (context.countEntries); Y.Map#size walks the map.
 */
export function checkCapacity(
  newEntries: Map<string, Set<string>>,
  context: Pick<UpdateContext, 'countEntries' | 'limits'>,
): void {
  for (const { root, max, what } of CAPACITIES) {
    const added = newEntries.get(root)?.size ?? 0
    const limit = max(context.limits)
    if (added > 0 && context.countEntries(root) + added > limit)
      throw new BoardError(ErrorCode.LimitReached, `A board may hold at most ${limit} ${what}.`)
  }
}
