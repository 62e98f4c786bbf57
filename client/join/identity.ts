/**
 * Who this browser is on a board: a participant key, and a remembered name and colour. The team is
 * not the person's to choose: it comes from their link or the moderator (the server's seat).
 */
import { LIMITS } from '../../shared/board/schema.ts'
import { participantKeySchema } from '../../shared/protocol.ts'
import { createParticipantKey } from '../../shared/sync/participantKey.ts'
import { readStored, writeStored } from '../ui/storage.ts'

/** What a person calls themselves and the colour of their cursor, kept across boards. */
export interface Profile {
  name: string
  color: string
}

/** Cursor and avatar colours, each dark enough for white text and distinct from its neighbours. */
export const PALETTE = [
  '#d9480f',
  '#1971c2',
  '#2f9e44',
  '#9c36b5',
  '#c2255c',
  '#0c8599',
  '#e8590c',
  '#5f3dc4',
  '#087f5b',
  '#862e9c',
] as const

const PARTICIPANT_KEY_KEY = 'debate-board.participant-key'
const PROFILE_KEY = 'debate-board.profile'

/** A colour from the palette that depends only on the name, so a person keeps it across boards. */
export function colorFromName(name: string): string {
  let hash = 0x811c9dc5
  for (const char of name.trim().toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0]
}

/**
 * The secret key by which the server recognises this browser as one participant: it binds the edits
 * and presence made here to their author. Created on first use and then kept.
 */
export function getParticipantKey(): string {
  const stored = readStored(PARTICIPANT_KEY_KEY)
  if (stored && participantKeySchema.safeParse(stored).success) return stored
  const key = createParticipantKey()
  writeStored(PARTICIPANT_KEY_KEY, key)
  return key
}

/**
 * Cleans a stored or typed profile: trimmed name within limits, a colour. A `team` that profiles
 * stored before teams came from links still hold is read past: it decides nothing any more.
 */
export function normalizeProfile(value: unknown): Profile | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { name, color } = value as Record<string, unknown>
  if (typeof name !== 'string' || !name.trim()) return undefined
  const trimmed = name.trim().slice(0, LIMITS.nameLength)
  return {
    name: trimmed,
    color: typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : colorFromName(trimmed),
  }
}

/** The profile remembered from the last board joined, if any. */
export function loadProfile(): Profile | undefined {
  try {
    return normalizeProfile(JSON.parse(readStored(PROFILE_KEY) ?? 'null'))
  } catch {
    return undefined
  }
}

export function saveProfile(profile: Profile): void {
  writeStored(PROFILE_KEY, JSON.stringify(profile))
}
