/**
 * The replay of a board (server/replay), for anyone holding one of its links (`Authorization: Bearer
 * <any role's token>`; the demo board also without one), as the exports are:
 *
 * - `GET /api/boards/:id/replay`: the snapshots taken so far, oldest first, with their counts.
 * - `GET /api/boards/:id/replay/:seq`: the board document's articles, cards and links at that point.
 *
 * Shapes in shared/replay/replayApi.ts. An unknown board or snapshot answers 404, a missing or
 * wrong token 401.
 */
import { Router } from 'express'
import * as Y from 'yjs'
import { canModerate } from '../../shared/access.ts'
import { boardIdSchema } from '../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { ReplayBoard, ReplayList } from '../../shared/replay/replayApi.ts'
import { z } from '../../shared/zod.ts'
import type { AccessPolicy } from '../auth/capabilities.ts'
import { readBoardParts, type BoardParts } from '../exports/boardContent.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore, ReplaySnapshot } from '../storage/BoardStore.ts'
import { readableBoard } from './readableBoard.ts'

export interface ReplayRouterDeps {
  store: BoardStore
  registry: RoomRegistry
  policy: AccessPolicy
}

const snapshotParamsSchema = z.strictObject({
  id: boardIdSchema,
  seq: z.coerce.number({ error: 'must be a snapshot number' }).int().positive().max(Number.MAX_SAFE_INTEGER),
})

export function replayRouter(deps: ReplayRouterDeps): Router {
  const router = Router()

  router.get('/:id/replay', async (req, res) => {
    const { id } = await readableBoard(deps, req)
    const answer: ReplayList = { snapshots: await deps.store.listReplaySnapshots(id) }
    res.set('Cache-Control', 'no-store').json(answer)
  })

  router.get('/:id/replay/:seq', async (req, res) => {
    const { seq } = snapshotParamsSchema.parse(req.params)
    const { id, role } = await readableBoard(deps, req)
    const snapshot = await deps.store.readReplaySnapshot(id, seq)
    if (!snapshot) throw new BoardError(ErrorCode.NotFound, 'This board has no such replay snapshot.')
    // NOTE: a snapshot from before anonymity was turned on still holds names; the board's present
    // anonymity decides what peers see, as it does for the live cards (PH31).
    const anonymous =
      !canModerate(role) && (await deps.registry.withRoom(id, (room) => room.debate.state.anonymous))
    const answer: ReplayBoard = { ...infoOf(snapshot), ...partsOf(snapshot.state, anonymous) }
    res.set('Cache-Control', 'no-store').json(answer)
  })

  return router
}

function infoOf(snapshot: ReplaySnapshot) {
  const { seq, at, phaseId, phaseName } = snapshot
  return {
    seq,
    at,
    ...(phaseId !== undefined ? { phaseId } : {}),
    ...(phaseName !== undefined ? { phaseName } : {}),
  }
}

/** The articles, cards and links a snapshot's state holds; without authors' names when `anonymous`. */
function partsOf(state: Uint8Array, anonymous: boolean): BoardParts {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, state)
    const parts = readBoardParts(doc)
    const cards = parts.cards.map(({ unreadable: _unreadable, ...card }) =>
      anonymous ? { ...card, authorName: '' } : card,
    )
    return { ...parts, cards }
  } finally {
    doc.destroy()
  }
}
