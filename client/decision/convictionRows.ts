/**
 * The rows of the conviction view: per member the signed pre and final convictions, the shift and
 * the cards they marked. The moderator names members from the roster; everyone else reads the names
 * a reveal wrote on a board that is not anonymous (VO13), or "Member 1…", numbered in a fixed order
 * of the participant ids.
 */
import type { RosterEntry } from '../../shared/debate/roster.ts'
import type { VoteResults } from '../../shared/debate/voteResults.ts'

/** One member's row. */
export interface ConvictionRow {
  participantId: string
  /** The roster's name (the moderator's view), or null: shown as "Member <number>". */
  name: string | null
  number: number
  pre: number | null
  final: number | null
  shift: number | null
  /** The ids of the cards that changed this member's mind. */
  cardIds: string[]
}

/** Every member who voted or marked a card, in participant id order. */
export function convictionRows(
  conviction: NonNullable<VoteResults['conviction']>,
  roster: ReadonlyMap<string, RosterEntry> | undefined,
): ConvictionRow[] {
  const ids = [...new Set([...Object.keys(conviction.members), ...Object.keys(conviction.minds)])].sort()
  return ids.map((participantId, index) => {
    const shift = conviction.members[participantId]
    // The roster (the moderator's) first; otherwise the names a board that is not anonymous revealed.
    const name = roster?.get(participantId)?.name || conviction.names?.[participantId]
    return {
      participantId,
      name: name ? name : null,
      number: index + 1,
      pre: shift?.pre ?? null,
      final: shift?.final ?? null,
      shift: shift?.shift ?? null,
      cardIds: conviction.minds[participantId] ?? [],
    }
  })
}
