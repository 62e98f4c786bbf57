/**
 * Presence as the server relays it on a debate board: what the server knows of the sender (role,
 * team) stamped over what its client says, and, on an anonymous board, no names for peers.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** The fields of a presence's `user` that peers still see on an anonymous board. */
const VISIBLE_USER_FIELDS = ['color', 'team', 'role'] as const

type User = Record<string, unknown>

/**
 * An awareness update with every state's `user.name` (and any field of `user` not in
 * VISIBLE_USER_FIELDS) removed. Expects an update the room has already read and accepted.
 */
export function withoutNames(update: Uint8Array): Uint8Array {
  return mapUsers(update, (user) =>
    Object.fromEntries(VISIBLE_USER_FIELDS.flatMap((field) => (field in user ? [[field, user[field]]] : []))),
  )
}

/**
 * An awareness update whose every `user` says the sender's real role and team, whatever its client
 * claimed: a projector follows the presence that says it moderates, so that must be true.
 */
export function withSeat(update: Uint8Array, seat: { role: string; team: string | null }): Uint8Array {
  return mapUsers(update, (user) => ({ ...user, role: seat.role, team: seat.team }))
}

/** Re-encodes an awareness update with `map` applied to the `user` of every state that has one. */
function mapUsers(update: Uint8Array, map: (user: User) => User): Uint8Array {
  const decoder = decoding.createDecoder(update)
  const encoder = encoding.createEncoder()
  const count = decoding.readVarUint(decoder)
  encoding.writeVarUint(encoder, count)
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder))
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder))
    const state: unknown = JSON.parse(decoding.readVarString(decoder))
    encoding.writeVarString(encoder, JSON.stringify(withUser(state, map)))
  }
  return encoding.toUint8Array(encoder)
}

function withUser(state: unknown, map: (user: User) => User): unknown {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return state
  const { user, ...rest } = state as Record<string, unknown>
  if (typeof user !== 'object' || user === null || Array.isArray(user)) return rest
  return { ...rest, user: map(user as User) }
}
