/**
 * What a room last relayed of each presence, so that a renewal (a newer clock on the same state) can
 * be told from a change and held back while the room's cadence says it is not due.
 */
import { equalityDeep } from 'lib0/function'
import { relaysNow } from './presenceCadence.ts'

interface Relayed {
  /**
   * The state as it went out. Kept by reference: the room never changes a state object, it replaces
   * it on every apply, so this stays what was relayed. Compared deeply, as y-protocols tells a
   * 'change' from an 'update', instead of serialising every renewal twice.
   */
  state: unknown
  /** Date.now() when it went out. */
  at: number
}

export class RelayedPresence {
  private readonly last = new Map<number, Relayed>()

  /** Of the applied `clientIds`, those to relay: a changed or removed state, or a renewal that is due. */
  due(
    states: ReadonlyMap<number, unknown>,
    clientIds: readonly number[],
    renewalMs: number,
    now = Date.now(),
  ): number[] {
    if (renewalMs === 0) return [...clientIds]
    return clientIds.filter((clientId) => {
      const last = this.last.get(clientId)
      const state = states.get(clientId)
      // A removal, or a presence never relayed, is always a change.
      if (!last || state === undefined) return true
      return relaysNow(!equalityDeep(state, last.state), now - last.at, renewalMs)
    })
  }

  /** Notes what was relayed of `clientIds` (a removed one is forgotten). */
  relayed(states: ReadonlyMap<number, unknown>, clientIds: readonly number[], now = Date.now()): void {
    for (const clientId of clientIds) {
      const state = states.get(clientId)
      if (state === undefined) this.last.delete(clientId)
      else this.last.set(clientId, { state, at: now })
    }
  }
}
