/**
 * Each presence encoded once per view until it changes. Every joiner of a big room is greeted with
 * everyone's presence: encoding each state for each joiner cost a room of n people n² / 2 encodings
 * while it filled up (1,000 people: 500,000).
 */
import type { Awareness } from 'y-protocols/awareness'
import { encodeAwarenessEntry } from './awarenessEntries.ts'

/** How a recipient sees others' states; undefined: as they are. */
type View = ((state: unknown) => unknown) | undefined

interface Encoded {
  clock: number
  /** The state object it was encoded from: the room replaces it on every change. */
  state: unknown
  bytes: Uint8Array
}

export class EncodedPresence {
  private readonly byView = new Map<View, Map<number, Encoded>>()

  constructor(private readonly awareness: Awareness) {}

  /** The entry of `clientId` (its clock and state, null when gone) as `view` sees it; undefined without one. */
  entry(clientId: number, view: View): Uint8Array | undefined {
    const meta = this.awareness.meta.get(clientId)
    if (!meta) return undefined
    const state = this.awareness.states.get(clientId) ?? null
    let cache = this.byView.get(view)
    if (!cache) this.byView.set(view, (cache = new Map()))
    const cached = cache.get(clientId)
    if (cached && cached.clock === meta.clock && cached.state === state) return cached.bytes
    const bytes = encodeAwarenessEntry({ clientId, clock: meta.clock, state }, view)
    // A removal is sent once and then only greets nobody: it is not kept, in any view. NOTE: a view
    // nobody holds when the presence goes (no moderator here then) would otherwise keep it for as
    // long as the room lives.
    if (state === null) for (const each of this.byView.values()) each.delete(clientId)
    else cache.set(clientId, { clock: meta.clock, state, bytes })
    return bytes
  }

  /** How many encodings are kept, all views counted. */
  get size(): number {
    let size = 0
    for (const cache of this.byView.values()) size += cache.size
    return size
  }
}
