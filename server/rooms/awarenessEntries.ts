/**
 * Awareness updates as the room handles them: read and checked once into entries whose states are
 * already parsed, applied without parsing again, and encoded back for each kind of recipient.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Awareness } from 'y-protocols/awareness'
import { BoardError, ErrorCode } from '../../shared/errors.ts'

/** One client's presence in an awareness update; `state` null means the presence is gone. */
export interface AwarenessEntry {
  clientId: number
  clock: number
  state: unknown
}

/**
 * What one socket may keep in the room's awareness, which is replayed to every joiner: a tab needs
 * one client id, and a presence (name, colour, cursor, selection) a few hundred bytes.
 */
export const AWARENESS_LIMITS = { maxClientIdsPerSocket: 4, maxStateBytes: 8 * 1024 }

export type AwarenessLimits = typeof AWARENESS_LIMITS

/**
 * The entries of an awareness update, each state parsed once. Throws PRESENCE_REFUSED when it speaks
 * for more ids than one socket may own or carries a state over the size cap, and MALFORMED_MESSAGE
 * when the bytes are not an awareness update. The whole update is read before any of it is applied,
 * so that a bad one is never half applied.
 */
export function readAwarenessEntries(
  update: Uint8Array,
  limits: AwarenessLimits = AWARENESS_LIMITS,
): AwarenessEntry[] {
  try {
    return readEntries(update, limits)
  } catch (error) {
    if (error instanceof BoardError) throw error
    throw new BoardError(ErrorCode.MalformedMessage, 'The presence message could not be read.')
  }
}

function readEntries(update: Uint8Array, limits: AwarenessLimits): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  if (count > limits.maxClientIdsPerSocket) throw tooManyClientIds(limits)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    // Checked before decoding, so that an oversized state costs nothing to refuse.
    if (decoding.peekVarUint(decoder) > limits.maxStateBytes) {
      throw new BoardError(
        ErrorCode.PresenceRefused,
        `A presence may hold at most ${limits.maxStateBytes} bytes.`,
      )
    }
    const state: unknown = JSON.parse(decoding.readVarString(decoder))
    entries.push({ clientId, clock, state })
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the awareness update')
  return entries
}

/** The error for an update that speaks for more client ids than one socket may. */
export function tooManyClientIds(limits: AwarenessLimits = AWARENESS_LIMITS): BoardError {
  return new BoardError(
    ErrorCode.PresenceRefused,
    `One connection may show at most ${limits.maxClientIdsPerSocket} presences.`,
  )
}

/**
 * Applies entries as y-protocols' applyAwarenessUpdate would (a newer clock wins; a removal at the
 * same clock too), without parsing the states again, and returns the client ids that changed.
 * NOTE: it emits no awareness events; nothing on the server listens to the room's awareness.
 */
export function applyAwarenessEntries(awareness: Awareness, entries: readonly AwarenessEntry[]): number[] {
  const now = Date.now()
  const changed: number[] = []
  for (const { clientId, clock, state } of entries) {
    const current = awareness.meta.get(clientId)?.clock ?? 0
    const removesPresent = current === clock && state === null && awareness.states.has(clientId)
    if (current >= clock && !removesPresent) continue
    if (state === null) awareness.states.delete(clientId)
    else awareness.states.set(clientId, state as Record<string, unknown>)
    awareness.meta.set(clientId, { clock, lastUpdated: now })
    changed.push(clientId)
  }
  return changed
}

/** The room's current entries for `clientIds` (null state for a presence that is gone). */
export function currentEntries(awareness: Awareness, clientIds: Iterable<number>): AwarenessEntry[] {
  const entries: AwarenessEntry[] = []
  for (const clientId of clientIds) {
    const meta = awareness.meta.get(clientId)
    if (meta) entries.push({ clientId, clock: meta.clock, state: awareness.states.get(clientId) ?? null })
  }
  return entries
}

/** One entry as awareness bytes (without the update's leading count), so that updates can be cut and joined. */
export function encodeAwarenessEntry(entry: AwarenessEntry, view?: (state: unknown) => unknown): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entry.clientId)
  encoding.writeVarUint(encoder, entry.clock)
  const state = entry.state === null || !view ? entry.state : view(entry.state)
  encoding.writeVarString(encoder, JSON.stringify(state))
  return encoding.toUint8Array(encoder)
}

/** An awareness update made of encoded entries. */
export function joinAwarenessEntries(parts: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, parts.length)
  for (const part of parts) encoding.writeUint8Array(encoder, part)
  return encoding.toUint8Array(encoder)
}

/** An awareness update of `entries`, each state seen through `view` (the whole state when none). */
export function encodeAwarenessEntries(
  entries: readonly AwarenessEntry[],
  view?: (state: unknown) => unknown,
): Uint8Array {
  return joinAwarenessEntries(entries.map((entry) => encodeAwarenessEntry(entry, view)))
}
