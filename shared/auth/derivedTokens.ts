/**
 * Every non-moderator token (edit, team, view, projector) derived from the moderator token, so that whoever holds the moderator link can
 * show them again on any device while the server still stores only their hashes. The moderator token
 * of a board's small-group copy is derived from the original's the same way. Isomorphic: it uses
 * Web Crypto (`globalThis.crypto.subtle`), which both browsers and Node 20 provide.
 */
import { Role } from '../access.ts'

/** The roles whose tokens are derived from the moderator token: every role but the moderator's. */
export type DerivedRole = Exclude<Role, typeof Role.Moderate>

/** The roles whose tokens are derived, in a fixed order. */
export const DERIVED_ROLES: readonly DerivedRole[] = [
  Role.Edit,
  Role.Bull,
  Role.Bear,
  Role.View,
  Role.Projector,
]

/** How many times each derived link was reset: 0 when the board is created, one more per reset. */
export type LinkEpochs = Record<DerivedRole, number>

/** The message signed for a role at an epoch; a new epoch gives an unrelated token. */
export function derivationLabel(role: DerivedRole, epoch: number): string {
  return `debate-board:${role}:${epoch}`
}

/** The token of `role` at `epoch`: base64url(HMAC-SHA-256(key = moderator token, label)), 256 bits. */
export async function deriveRoleToken(
  moderatorToken: string,
  role: DerivedRole,
  epoch: number,
): Promise<string> {
  if (!Number.isSafeInteger(epoch) || epoch < 0)
    throw new RangeError(`epoch must be a whole number ≥ 0, not ${epoch}`)
  return hmacToken(moderatorToken, derivationLabel(role, epoch))
}

/** The message signed for the moderator token of a small-group copy of a board. */
export function groupDerivationLabel(copyId: string): string {
  return `debate-board:group:${copyId}`
}

/**
 * The moderator token of the small-group copy `copyId`, derived from the original board's moderator
 * token: whoever moderates the original moderates every copy, with no new secret to keep.
 */
export function deriveGroupModeratorToken(moderatorToken: string, copyId: string): Promise<string> {
  return hmacToken(moderatorToken, groupDerivationLabel(copyId))
}

/** base64url(HMAC-SHA-256(key, label)): 256 bits that only the key's holder can compute. */
async function hmacToken(key: string, label: string): Promise<string> {
  const encoder = new TextEncoder()
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const mac = await globalThis.crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(label))
  return toBase64Url(new Uint8Array(mac))
}

/** The tokens of every derived role at the given epochs. */
export async function deriveRoleTokens(
  moderatorToken: string,
  epochs: LinkEpochs,
): Promise<Record<DerivedRole, string>> {
  const tokens = await Promise.all(
    DERIVED_ROLES.map(async (role) => [role, await deriveRoleToken(moderatorToken, role, epochs[role])]),
  )
  return Object.fromEntries(tokens) as Record<DerivedRole, string>
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
