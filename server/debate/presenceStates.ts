/**
 * Presence as the server relays it on a debate board: what the server knows of the sender (role,
 * team) stamped over what its client says, and, on an anonymous board, no names for peers. Both work
 * on states already parsed, so that a presence message is parsed once.
 */

/** The fields of a presence's `user` that peers still see on an anonymous board. */
const VISIBLE_USER_FIELDS = ['color', 'team', 'role'] as const

type User = Record<string, unknown>

/** A presence state with `user.name` (and any field of `user` not in VISIBLE_USER_FIELDS) removed. */
export function withoutNames(state: unknown): unknown {
  return withUser(state, (user) =>
    Object.fromEntries(VISIBLE_USER_FIELDS.flatMap((field) => (field in user ? [[field, user[field]]] : []))),
  )
}

/**
 * A presence state whose `user` says the sender's real role and team, whatever its client claimed: a
 * projector follows the presence that says it moderates, so that must be true.
 */
export function withSeat(state: unknown, seat: { role: string; team: string | null }): unknown {
  return withUser(state, (user) => ({ ...user, role: seat.role, team: seat.team }))
}

/** The state with `map` applied to its `user`; a `user` that is not an object is dropped. */
function withUser(state: unknown, map: (user: User) => User): unknown {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return state
  const { user, ...rest } = state as Record<string, unknown>
  if (typeof user !== 'object' || user === null || Array.isArray(user)) return rest
  return { ...rest, user: map(user as User) }
}
