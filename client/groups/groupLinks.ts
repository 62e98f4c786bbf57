/** The moderator link of each small-group copy, derived in the browser from the original's moderator token (SPEC PH43). */
import { deriveGroupModeratorToken } from '../../shared/auth/derivedTokens.ts'

/** The link that opens group `copyId` as its moderator: `${origin}/b/<copyId>#token=<derived>`. */
export async function groupModeratorLink(
  origin: string,
  copyId: string,
  moderatorToken: string,
): Promise<string> {
  const token = await deriveGroupModeratorToken(moderatorToken, copyId)
  return `${origin}/b/${encodeURIComponent(copyId)}#token=${token}`
}

/** The moderator link of each copy in `copyIds`, by id. */
export async function groupModeratorLinks(
  origin: string,
  copyIds: readonly string[],
  moderatorToken: string,
): Promise<Record<string, string>> {
  const links = await Promise.all(
    copyIds.map(async (id) => [id, await groupModeratorLink(origin, id, moderatorToken)] as const),
  )
  return Object.fromEntries(links)
}
