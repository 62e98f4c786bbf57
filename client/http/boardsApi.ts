/** The board HTTP API: create a board, read a board's summary and the caller's role, reset a link.
 * NOTE: this folder must not be called `api`: the dev server proxies /api/* to the backend, module URLs included.
 */
import { z } from '../../shared/zod.ts'
import type { MetaInput } from '../../shared/board/schema.ts'
import { Role } from '../../shared/access.ts'
import type { Format } from '../../shared/debate/formats.ts'
import { DERIVED_ROLES, type DerivedRole, type LinkEpochs } from '../../shared/auth/derivedTokens.ts'
import { bearer, parseResponse, requestJson } from './request.ts'

export { Role }

const linksSchema = z
  .object({ moderate: z.string(), edit: z.string(), view: z.string() })
  .extend(
    Object.fromEntries(
      [Role.Bull, Role.Bear, Role.Projector].map((role) => [role, z.string().optional()]),
    ) as Record<typeof Role.Bull | typeof Role.Bear | typeof Role.Projector, z.ZodOptional<z.ZodString>>,
  )
export const createdBoardSchema = z.object({ id: z.string(), links: linksSchema })
export type CreatedBoard = z.infer<typeof createdBoardSchema>

const boardSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  motion: z.string().default(''),
  createdAt: z.number().optional(),
  role: z.enum(Object.values(Role) as [Role, ...Role[]]).optional(),
})
export interface BoardSummary {
  id: string
  title: string
  motion: string
  role: Role
}

/** What a new board is made with: its meta, its format, its first articles and its anonymity. */
export interface CreateBoardInput extends MetaInput {
  format: Format
  /** The demo debate's articles, or none (the creator adds their own once the board exists). */
  articles: 'demo' | 'none'
  /** Whether authors are hidden from peers from the start (classroom boards). */
  anonymous?: boolean
}

/** Creates a board; resolves to its id and its links (moderator, participant, teams, observer, projector). */
export async function createBoard(input: CreateBoardInput): Promise<CreatedBoard> {
  const body = await requestJson('/api/boards', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
  return parseResponse(createdBoardSchema, body)
}

/** Reads a board's title and motion, and the role `token` grants (edit when the server does not say). */
export async function fetchBoard(id: string, token: string | undefined): Promise<BoardSummary> {
  const body = await requestJson(`/api/boards/${encodeURIComponent(id)}`, { headers: bearer(token) })
  const { title, motion, role } = parseResponse(boardSummarySchema, body)
  return { id, title, motion, role: role ?? Role.Edit }
}

const linkEpochsSchema = z.object({
  linkEpochs: z
    .partialRecord(z.enum(DERIVED_ROLES as [DerivedRole, ...DerivedRole[]]), z.number().int().min(0))
    .optional(),
})

/**
 * The epochs of the edit and view links, which the server tells the moderator only; with the moderator
 * token they give those links (see shared/auth/derivedTokens.ts). A link made before epochs has none.
 */
export async function fetchLinkEpochs(id: string, moderatorToken: string): Promise<Partial<LinkEpochs>> {
  const body = await requestJson(`/api/boards/${encodeURIComponent(id)}`, { headers: bearer(moderatorToken) })
  return parseResponse(linkEpochsSchema, body).linkEpochs ?? {}
}

const rotatedLinkSchema = z.object({ role: z.enum([Role.Edit, Role.View]), link: z.string() })

/** The links a moderator can reset; the moderator link itself never changes. */
export type ResettableRole = Exclude<Role, typeof Role.Moderate>

/** Replaces the edit or view link of a board (moderator only); resolves to the new link. */
export async function rotateBoardLink(
  id: string,
  role: ResettableRole,
  moderatorToken: string | undefined,
): Promise<string> {
  const path = `/api/boards/${encodeURIComponent(id)}/links/${role}/rotate`
  const body = await requestJson(path, { method: 'POST', headers: bearer(moderatorToken) })
  return parseResponse(rotatedLinkSchema, body).link
}
