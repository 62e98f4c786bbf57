/** Which participant owns which awareness client id: only that participant's connections may speak for it. */
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import {
  AWARENESS_LIMITS,
  readAwarenessEntries,
  tooManyClientIds,
  type AwarenessLimits,
} from './awarenessEntries.ts'

export { AWARENESS_LIMITS, type AwarenessLimits }

/**
 * The client ids an awareness update speaks for; throws as readAwarenessEntries does (PRESENCE_REFUSED
 * over the caps, MALFORMED_MESSAGE for bytes that are not an awareness update).
 */
export function readAwarenessClientIds(
  update: Uint8Array,
  limits: AwarenessLimits = AWARENESS_LIMITS,
): number[] {
  return readAwarenessEntries(update, limits).map((entry) => entry.clientId)
}

/** How a claim of client ids turned out. */
export const ClaimResult = {
  Granted: 'granted',
  /** Another participant owns one of the ids. */
  OwnedByOther: 'owned-by-other',
  /** The connection would speak for more ids than it may. */
  TooMany: 'too-many',
} as const
export type ClaimResult = (typeof ClaimResult)[keyof typeof ClaimResult]

interface Binding {
  participantId: string
  /** The connection that speaks for the id now; undefined once it left. */
  connectionId: string | undefined
}

/**
 * Which participant owns each awareness client id, and which of its connections speaks for it. An id
 * stays its participant's after the connection drops, so that the participant's next connection
 * reclaims it and nobody else can take it over.
 */
export class AwarenessOwnership {
  private readonly bindings = new Map<number, Binding>()
  private readonly idsByConnection = new Map<string, Set<number>>()
  /** Ids whose connection left, oldest first: kept for their participant up to a cap. */
  private readonly released = new Set<number>()

  constructor(
    private readonly maxClientIdsPerConnection = AWARENESS_LIMITS.maxClientIdsPerSocket,
    private readonly maxReleased = 4_096,
  ) {}

  /** Claims `clientIds` for a participant's connection; nothing is claimed unless the result is Granted. */
  claim(connectionId: string, participantId: string, clientIds: readonly number[]): ClaimResult {
    if (clientIds.some((id) => (this.bindings.get(id)?.participantId ?? participantId) !== participantId))
      return ClaimResult.OwnedByOther
    const owned = this.idsByConnection.get(connectionId) ?? new Set()
    const added = clientIds.filter((id) => !owned.has(id))
    if (owned.size + new Set(added).size > this.maxClientIdsPerConnection) return ClaimResult.TooMany
    for (const id of added) {
      const previous = this.bindings.get(id)?.connectionId
      if (previous !== undefined) this.idsByConnection.get(previous)?.delete(id)
      this.bindings.set(id, { participantId, connectionId })
      this.released.delete(id)
      owned.add(id)
    }
    this.idsByConnection.set(connectionId, owned)
    return ClaimResult.Granted
  }

  /** Whether a connection speaks for a client id now. */
  speaksFor(connectionId: string, clientId: number): boolean {
    return this.bindings.get(clientId)?.connectionId === connectionId
  }

  /** The client ids a connection speaks for now. */
  ownedBy(connectionId: string): number[] {
    return [...(this.idsByConnection.get(connectionId) ?? [])]
  }

  /** Forgets a connection; returns the client ids it spoke for, which stay bound to its participant. */
  release(connectionId: string): number[] {
    const owned = [...(this.idsByConnection.get(connectionId) ?? [])]
    this.idsByConnection.delete(connectionId)
    for (const id of owned) {
      const binding = this.bindings.get(id)
      if (binding) binding.connectionId = undefined
      this.released.add(id)
    }
    // A released id is forgotten only past the cap, so that reconnect storms cannot grow the map.
    for (const id of this.released) {
      if (this.released.size <= this.maxReleased) break
      this.released.delete(id)
      this.bindings.delete(id)
    }
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
