/**
 * The rows of the conviction view: per member the signed pre and final convictions, the shift and
 * the cards they marked. Only the moderator holds the roster, so only they see names; everyone else
 * sees "Member 1…", numbered in a fixed order of the participant ids.
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
    const name = roster?.get(participantId)?.name
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
