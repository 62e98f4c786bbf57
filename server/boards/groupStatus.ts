/** What the moderator's overview shows of each small-group copy of a board, read from its live room. */
import * as Y from 'yjs'
import { SessionDocName } from '../../shared/access.ts'
import { DocName, getBoardRoots, readMeta, readNumber } from '../../shared/board/index.ts'
import type { PhaseKind } from '../../shared/debate/formats.ts'
import { FREE_SESSION, currentPhase, readSession } from '../../shared/debate/session.ts'
import type { BoardRoom } from '../rooms/BoardRoom.ts'
import { optionalDocument } from '../rooms/optionalDocument.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'

/**
 * One group as `GET /api/boards/:id/groups` lists it (JSON):
 * `{ id, number, title, phase: { id, kind, name? }, locked, cards, sources, online, lastCardAt }`.
 * `number` is the group's number (the client names it "Group 3" in its language); `phase.name` is set
 * only when the moderator renamed the phase (otherwise the client names it by `id`); `online` counts
 * the connections on the board now; `lastCardAt` is when its newest card was made (ms), or null.
 */
export interface GroupStatus {
  id: string
  number: number
  title: string
  phase: { id: string; kind: PhaseKind; name?: string }
  locked: boolean
  cards: number
  sources: number
  online: number
  lastCardAt: number | null
}

/** The status of each group in `ids` that exists, in that order; `number` is its place in the list. */
export async function listGroupStatus(
  deps: { store: BoardStore; registry: RoomRegistry },
  ids: readonly string[],
): Promise<GroupStatus[]> {
  const statuses = await Promise.all(
    ids.map(async (id, index) => {
      // A copy whose creation failed halfway is skipped rather than failing the whole list.
      if (!(await deps.store.hasBoard(id))) return undefined
      return deps.registry.withRoom(id, (room) => statusOf(room, index + 1))
    }),
  )
  return statuses.filter((status) => status !== undefined)
}

function statusOf(room: BoardRoom, fallbackNumber: number): GroupStatus {
  const sessionDoc = optionalDocument(room, SessionDocName.Session)
  const session = sessionDoc ? readSession(sessionDoc) : FREE_SESSION
  const phase = currentPhase(session)
  const { cards, sources } = getBoardRoots(room.document(DocName.Board))
  return {
    id: room.id,
    number: session.group?.number ?? fallbackNumber,
    title: readMeta(room.document(DocName.Control)).title,
    phase: { id: phase.id, kind: phase.kind, ...(phase.name ? { name: phase.name } : {}) },
    locked: session.locked,
    cards: cards.size,
    sources: sources.size,
    online: room.connectionCount,
    lastCardAt: newestCardTime(cards),
  }
}

function newestCardTime(cards: Y.Map<Y.Map<unknown>>): number | null {
  let newest: number | null = null
  cards.forEach((card: unknown) => {
    // Any value can sit in the map; a card that is not a map has no time.
    const createdAt = card instanceof Y.Map ? readNumber(card.get('createdAt')) : 0
    if (createdAt > 0 && createdAt > (newest ?? 0)) newest = createdAt
  })
  return newest
}
