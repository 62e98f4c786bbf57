/**
 * "Bring everyone here": the session holds the last summon with a sequence number, and each client
 * jumps once when the number grows past the last one it saw. The first number a client sees is only
 * remembered, so that someone joining later does not jump to an old summon.
 */
import type { Summon } from '../../shared/debate/session.ts'

export interface SummonStep {
  /** The sequence number to remember. */
  lastSeq: number
  /** The presence id to jump to once, or null. */
  jumpTo: number | null
}

/** What to do about the session's summon, given the last sequence number seen (undefined: none yet). */
export function stepSummon(lastSeq: number | undefined, summon: Summon | null, localId: number): SummonStep {
  if (lastSeq === undefined) return { lastSeq: summon?.seq ?? 0, jumpTo: null }
  if (!summon || summon.seq === lastSeq) return { lastSeq, jumpTo: null }
  // A lower number means a new series (a restored board): remember it, jump to nothing old.
  if (summon.seq < lastSeq) return { lastSeq: summon.seq, jumpTo: null }
  return { lastSeq: summon.seq, jumpTo: summon.clientId === localId ? null : summon.clientId }
}
