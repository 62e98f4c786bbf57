/** Capability tokens: unguessable secrets in board links, stored only as hashes. */
import { createHash, randomBytes } from 'node:crypto'
import { Role } from '../../shared/access.ts'
import { DERIVED_ROLES, deriveRoleTokens, type LinkEpochs } from '../../shared/auth/derivedTokens.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { BoardStore } from '../storage/BoardStore.ts'

/** A new token: 256 random bits, base64url. */
export function createToken(): string {
  return randomBytes(32).toString('base64url')
}

/** The stored form of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * The tokens of a new board, with the hashes to store: a moderator token (random unless given: a
 * group copy's is derived from its original's), and every other role's token derived from it at
 * epoch 0, so that the moderator link can show them again anywhere.
 */
export async function issueTokens(
  moderate: string = createToken(),
): Promise<{ tokens: Record<Role, string>; hashes: Record<Role, string> }> {
  const epochs = Object.fromEntries(DERIVED_ROLES.map((role) => [role, 0])) as LinkEpochs
  const tokens: Record<Role, string> = { moderate, ...(await deriveRoleTokens(moderate, epochs)) }
  const hashes = Object.fromEntries(
    Object.entries(tokens).map(([role, token]) => [role, hashToken(token)]),
  ) as Record<Role, string>
  return { tokens, hashes }
}

export interface AccessPolicy {
  /** Boards anyone may edit without a token (the demo board), unless tokens are required. */
  openBoardIds: ReadonlySet<string>
  requireTokens: boolean
}

/** The role a token grants on a board; throws UNAUTHORIZED when it grants none. */
export async function resolveRole(
  store: BoardStore,
  policy: AccessPolicy,
  boardId: string,
  token: string | undefined,
): Promise<Role> {
  if (token) {
    const role = await store.findRole(boardId, hashToken(token))
    if (role) return role
    throw new BoardError(
      ErrorCode.Unauthorized,
      'This board link is not valid (any more). Ask for a new link.',
    )
  }
  if (!policy.requireTokens && policy.openBoardIds.has(boardId)) return Role.Edit
  throw new BoardError(ErrorCode.Unauthorized, 'This board needs a link with its access key.')
}

/** The shareable link for a role: the token sits in the fragment, which browsers never send to a server. */
export function boardLink(publicUrl: string, boardId: string, token: string): string {
  return `${publicUrl}/b/${boardId}#token=${token}`
}

/** The links of every role of a board, from the tokens of each. */
export function boardLinks(
  publicUrl: string,
  boardId: string,
  tokens: Record<Role, string>,
): Record<Role, string> {
  return Object.fromEntries(
    Object.values(Role).map((role) => [role, boardLink(publicUrl, boardId, tokens[role])]),
  ) as Record<Role, string>
}
