/** Which socket owns which awareness client id: a socket may only speak for the ids it claimed first. */
import * as decoding from 'lib0/decoding'
import { BoardError, ErrorCode } from '../../shared/errors.ts'

/**
 * What one socket may keep in the room's awareness, which is replayed to every joiner: a tab needs
 * one client id, and a presence (name, colour, cursor, selection) a few hundred bytes.
 */
export const AWARENESS_LIMITS = { maxClientIdsPerSocket: 4, maxStateBytes: 8 * 1024 }

export type AwarenessLimits = typeof AWARENESS_LIMITS

/**
 * The client ids an awareness update speaks for. Throws PRESENCE_REFUSED when it speaks for more ids
 * than one socket may own or carries a state over the size cap, and a plain Error when the bytes are
 * not an awareness update.
 * NOTE: each state is parsed here and again by applyAwarenessUpdate; validating the whole update first
 * keeps a bad one from being half applied, and the caps bound the cost.
 */
export function readAwarenessClientIds(
  update: Uint8Array,
  limits: AwarenessLimits = AWARENESS_LIMITS,
): number[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  if (count > limits.maxClientIdsPerSocket) throw tooManyClientIds(limits)
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder))
    decoding.readVarUint(decoder) // clock
    // Checked before decoding, so that an oversized state costs nothing to refuse.
    if (decoding.peekVarUint(decoder) > limits.maxStateBytes) {
      throw new BoardError(
        ErrorCode.PresenceRefused,
        `A presence may hold at most ${limits.maxStateBytes} bytes.`,
      )
    }
    JSON.parse(decoding.readVarString(decoder))
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the awareness update')
  return ids
}

/** How a claim of client ids turned out. */
export const ClaimResult = {
  Granted: 'granted',
  /** Another socket owns one of the ids. */
  OwnedByOther: 'owned-by-other',
  /** The socket would own more ids than it may. */
  TooMany: 'too-many',
} as const
export type ClaimResult = (typeof ClaimResult)[keyof typeof ClaimResult]

export class AwarenessOwnership {
  private readonly ownerByClientId = new Map<number, string>()
  private readonly clientIdsBySocket = new Map<string, Set<number>>()

  constructor(private readonly maxClientIdsPerSocket = AWARENESS_LIMITS.maxClientIdsPerSocket) {}

  /** Claims `clientIds` for `socketId`; nothing is claimed unless the result is Granted. */
  claim(socketId: string, clientIds: readonly number[]): ClaimResult {
    if (clientIds.some((id) => (this.ownerByClientId.get(id) ?? socketId) !== socketId))
      return ClaimResult.OwnedByOther
    const owned = this.clientIdsBySocket.get(socketId) ?? new Set()
    const added = new Set(clientIds.filter((id) => !owned.has(id)))
    if (owned.size + added.size > this.maxClientIdsPerSocket) return ClaimResult.TooMany
    for (const id of added) {
      this.ownerByClientId.set(id, socketId)
      owned.add(id)
    }
    this.clientIdsBySocket.set(socketId, owned)
    return ClaimResult.Granted
  }

  /** Forgets a socket; returns the client ids it owned. */
  release(socketId: string): number[] {
    const owned = [...(this.clientIdsBySocket.get(socketId) ?? [])]
    for (const id of owned) this.ownerByClientId.delete(id)
    this.clientIdsBySocket.delete(socketId)
    return owned
  }
}

/** The error for a claim that was not granted. */
export function presenceRefusal(
  result: Exclude<ClaimResult, 'granted'>,
  limits: AwarenessLimits = AWARENESS_LIMITS,
): BoardError {
  // NOTE: an honest client meets OwnedByOther too, when it reconnects before the server has noticed
  // its old socket is gone; its presence comes back with its next renewal, once that socket is reaped.
  if (result === ClaimResult.OwnedByOther)
    return new BoardError(ErrorCode.PresenceRefused, "You cannot change another participant's presence.")
  return tooManyClientIds(limits)
}

function tooManyClientIds(limits: AwarenessLimits) {
  return new BoardError(
    ErrorCode.PresenceRefused,
    `One connection may show at most ${limits.maxClientIdsPerSocket} presences.`,
  )
}
