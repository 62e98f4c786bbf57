/**
 * The teacher's dashboard over HTTP, for the moderator (the moderator token as a Bearer token):
 * `GET /api/boards/:id/dashboard` as checked JSON, and `GET /api/boards/:id/dashboard.csv` as a file.
 */
import { Role, Team } from '../../shared/access.ts'
import { z } from '../../shared/zod.ts'
import { bearer, errorOf, fetchApi, parseResponse, requestJson } from './request.ts'

const count = z.number().int().min(0)
const teamSchema = z.enum([Team.Bull, Team.Bear])

/** One participant's figures (server/debate/dashboard.ts ParticipantStats). */
const participantSchema = z.object({
  key: z.string(),
  /** '' for an author nobody knows the name of. */
  name: z.string(),
  inRoster: z.boolean(),
  team: teamSchema.nullable(),
  role: z.enum(Object.values(Role) as [Role, ...Role[]]).nullable(),
  cards: count,
  excerpts: count,
  links: count,
  words: count,
})
export type ParticipantStats = z.infer<typeof participantSchema>

/** A passage one team's cards cite. */
const passageSchema = z.object({
  quote: z.string(),
  start: count,
  end: count,
  team: teamSchema,
  cardIds: z.array(z.string()),
})
export type PassageUse = z.infer<typeof passageSchema>

const articleSchema = z.object({ sourceId: z.string(), title: z.string(), passages: z.array(passageSchema) })
export type ArticleUse = z.infer<typeof articleSchema>

const dashboardSchema = z.object({
  id: z.string(),
  title: z.string(),
  format: z.string(),
  phaseId: z.string(),
  participants: z.array(participantSchema),
  articles: z.array(articleSchema),
})
export type Dashboard = z.infer<typeof dashboardSchema>

/** The languages the CSV's headers come in. */
export type CsvLanguage = 'en' | 'zh-Hans' | 'zh-Hant'

const dashboardPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/dashboard`

/** The dashboard of a board, for its moderator. */
export async function fetchDashboard(
  boardId: string,
  moderatorToken: string | undefined,
): Promise<Dashboard> {
  const body = await requestJson(dashboardPath(boardId), { headers: bearer(moderatorToken) })
  return parseResponse(dashboardSchema, body)
}

/** The dashboard as a CSV file, with the name the server gives it. */
export async function fetchDashboardCsv(
  boardId: string,
  moderatorToken: string | undefined,
  language: CsvLanguage,
): Promise<{ blob: Blob; fileName: string }> {
  const path = `${dashboardPath(boardId)}.csv?lang=${encodeURIComponent(language)}`
  const response = await fetchApi(path, { headers: { Accept: 'text/csv', ...bearer(moderatorToken) } })
  if (!response.ok) throw await errorOf(response)
  const fileName = fileNameOf(response.headers.get('Content-Disposition')) ?? `${boardId}-dashboard.csv`
  return { blob: await response.blob(), fileName }
}

/** The file name of a Content-Disposition header: its RFC 5987 `filename*` first, else `filename`. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim())
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return (
    /filename\s*=\s*"([^"]*)"/i.exec(disposition)?.[1] ??
    /filename\s*=\s*([^;]+)/i.exec(disposition)?.[1]?.trim()
  )
}
