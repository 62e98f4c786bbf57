/**
 * Presence on an anonymous board: peers see each other's cursor, colour and team, never a name. The
 * server rewrites every presence it relays to a participant who is not a moderator.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** The fields of a presence's `user` that peers still see on an anonymous board. */
const VISIBLE_USER_FIELDS = ['color', 'team', 'role'] as const

/**
 * An awareness update with every state's `user.name` (and any field of `user` not in
 * VISIBLE_USER_FIELDS) removed. Expects an update the room has already read and accepted.
 */
export function withoutNames(update: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(update)
  const encoder = encoding.createEncoder()
  const count = decoding.readVarUint(decoder)
  encoding.writeVarUint(encoder, count)
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder))
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder))
    const state: unknown = JSON.parse(decoding.readVarString(decoder))
    encoding.writeVarString(encoder, JSON.stringify(anonymised(state)))
  }
  return encoding.toUint8Array(encoder)
}

function anonymised(state: unknown): unknown {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return state
  const { user, ...rest } = state as Record<string, unknown>
  if (typeof user !== 'object' || user === null) return rest
  const visible = Object.fromEntries(
    VISIBLE_USER_FIELDS.flatMap((field) =>
      field in user ? [[field, (user as Record<string, unknown>)[field]]] : [],
    ),
  )
  return { ...rest, user: visible }
}
