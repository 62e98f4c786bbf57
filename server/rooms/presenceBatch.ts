/**
 * Presence relayed in short batches: in a big room every renewal and cursor move of everyone would
 * otherwise reach everyone as a message of its own (300 people: 90,000 messages per renewal round).
 */
import { presenceCadence } from './presenceCadence.ts'

/**
 * The client ids whose presence changed since the last relay. The first change opens a window (its
 * length set by the room's size then); when it closes, `relay` gets each id once, so that only the
 * latest state of each goes out.
 */
export class PresenceBatch {
  private readonly pending = new Set<number>()
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly roomSize: () => number,
    private readonly relay: (clientIds: number[]) => void,
  ) {}

  /** Notes changed client ids; relays them at once in a small room. */
  add(clientIds: readonly number[]): void {
    if (clientIds.length === 0) return
    for (const id of clientIds) this.pending.add(id)
    if (this.timer) return
    const { windowMs } = presenceCadence(this.roomSize())
    if (windowMs === 0) this.flush()
    else this.timer = setTimeout(() => this.flush(), windowMs)
  }

  /** Relays whatever is pending now. */
  flush(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.pending.size === 0) return
    const clientIds = [...this.pending]
    this.pending.clear()
    this.relay(clientIds)
  }

  /** Drops what is pending; nothing is relayed after this. */
  destroy(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.pending.clear()
  }
}
