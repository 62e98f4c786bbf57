/**
 * How often a room relays presence, by its size. Every client renews its presence every 15 s
 * (y-protocols), so relaying each renewal to everyone costs a room of n people n² / 15 messages a
 * second that say nothing new (1,000 people: ~67,000). Changes always go out; a renewal of an
 * unchanged state goes out only when that state has not been relayed for `renewalMs`, and our
 * provider keeps the presence it heard alive meanwhile (shared/sync/presenceKeepAlive.ts), since the
 * server relays every departure and every timeout itself.
 */

/** Rooms up to this size relay each presence change at once. */
const IMMEDIATE_UP_TO = 10
/** The longest a presence change waits, reached at 1,000 people. */
const MAX_WINDOW_MS = 250
/** Rooms up to this size relay every renewal, as plain y-protocols clients expect (≤ 667 a second). */
const EVERY_RENEWAL_UP_TO = 100
/** Beyond that, the unchanged states a room relays again per second, all recipients counted. */
const RENEWAL_RELAYS_PER_SECOND = 2_000
/** A presence unchanged for this long is relayed again whatever the room's size. */
const MAX_RENEWAL_MS = 10 * 60_000

export interface PresenceCadence {
  /** How long the room gathers presence changes before relaying them (0: at once). */
  windowMs: number
  /** The least time between two relays of the same unchanged presence (0: every renewal). */
  renewalMs: number
}

/** The presence cadence of a room of `roomSize` connections. */
export function presenceCadence(roomSize: number): PresenceCadence {
  const windowMs = roomSize <= IMMEDIATE_UP_TO ? 0 : Math.min(MAX_WINDOW_MS, Math.round(roomSize / 4))
  // n people each relayed to n - 1 others once per renewalMs: about n² / renewalMs relays a second.
  const renewalMs =
    roomSize <= EVERY_RENEWAL_UP_TO
      ? 0
      : Math.min(MAX_RENEWAL_MS, Math.round(((roomSize * roomSize) / RENEWAL_RELAYS_PER_SECOND) * 1_000))
  return { windowMs, renewalMs }
}

/** Whether a presence that was applied should be relayed now. */
export function relaysNow(stateChanged: boolean, sinceLastRelayMs: number, renewalMs: number): boolean {
  return stateChanged || sinceLastRelayMs >= renewalMs
}
