/**
 * Small-group copies over HTTP, for the moderator (the moderator token as a Bearer token):
 * `POST /api/boards/:id/groups` makes copies, `GET /api/boards/:id/groups` lists them (SPEC PH42–PH45).
 */
import { PhaseKind } from '../../shared/debate/formats.ts'
import { z } from '../../shared/zod.ts'
import { bearer, parseResponse, requestJson } from './request.ts'

const count = z.number().int().min(0)

/** One group as the server lists it (server/boards/groupStatus.ts GroupStatus). */
const groupStatusSchema = z.object({
  id: z.string(),
  number: z.number().int().min(1),
  title: z.string(),
  phase: z.object({
    id: z.string(),
    kind: z.enum(Object.values(PhaseKind) as [PhaseKind, ...PhaseKind[]]),
    name: z.string().optional(),
  }),
  locked: z.boolean(),
  cards: count,
  sources: count,
  online: count,
  lastCardAt: z.number().nullable(),
})
export type GroupStatus = z.infer<typeof groupStatusSchema>

const groupListSchema = z.object({ groups: z.array(groupStatusSchema) })

/** A copy as the server answers its creation: the links it makes are not kept, the list is read again. */
const createdGroupsSchema = z.object({
  groups: z.array(z.object({ id: z.string(), number: z.number().int().min(1) })),
})
export type CreatedGroup = z.infer<typeof createdGroupsSchema>['groups'][number]

const groupsPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/groups`

/** The groups of a board, in order, for its moderator. */
export async function fetchGroups(
  boardId: string,
  moderatorToken: string | undefined,
): Promise<GroupStatus[]> {
  const body = await requestJson(groupsPath(boardId), { headers: bearer(moderatorToken) })
  return parseResponse(groupListSchema, body).groups
}

/** Makes `count` more groups of a board (moderator only); resolves to the new copies' ids and numbers. */
export async function createGroups(
  boardId: string,
  moderatorToken: string | undefined,
  count: number,
): Promise<CreatedGroup[]> {
  const body = await requestJson(groupsPath(boardId), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...bearer(moderatorToken) },
    body: JSON.stringify({ count }),
  })
  return parseResponse(createdGroupsSchema, body).groups
}
