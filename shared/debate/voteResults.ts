/**
 * The tally of a revealed vote: only aggregates, written into the `session` document for everyone
 * when the moderator reveals a vote. Pure, so that every formula is a row of a table test.
 */
import type { Ballot, VoteKind } from './ballots.ts'
import { z } from '../zod.ts'

/** The most dots a moderator may give each participant. */
export const MAX_DOT_BUDGET = 50
/** The dots each participant gets unless the moderator sets another budget. */
export const DEFAULT_DOT_BUDGET = 5

const cardKey = z.string().regex(/^[a-z0-9-]{1,64}$/)
const memberKey = z.string().min(1).max(128)
const score = z.number().finite()

/** A card's impact votes: how many, mean strength, mean relevance, and impact = strength × relevance / 4. */
export const impactTallySchema = z.strictObject({
  votes: z.number().int().nonnegative(),
  strength: score,
  relevance: score,
  impact: score,
})
export type ImpactTally = z.infer<typeof impactTallySchema>

/** One conviction round: how many for and against, the mean conviction, and the lean (−5 against … 5 for). */
export const roundTallySchema = z.strictObject({
  for: z.number().int().nonnegative(),
  against: z.number().int().nonnegative(),
  conviction: score,
  lean: score,
})
export type RoundTally = z.infer<typeof roundTallySchema>

/** A member's signed conviction (+ for, − against) in each round, and the shift from pre to final. */
export const memberShiftSchema = z.strictObject({
  pre: score.nullable(),
  final: score.nullable(),
  shift: score.nullable(),
})
export type MemberShift = z.infer<typeof memberShiftSchema>

/** Every revealed vote's aggregates, by kind; `voters` counts those who cast a ballot of that kind. */
export const voteResultsSchema = z.strictObject({
  dot: z
    .strictObject({ revealedAt: z.number(), voters: z.number().int(), dots: z.record(cardKey, score) })
    .optional(),
  impact: z
    .strictObject({
      revealedAt: z.number(),
      voters: z.number().int(),
      cards: z.record(cardKey, impactTallySchema),
    })
    .optional(),
  conviction: z
    .strictObject({
      revealedAt: z.number(),
      voters: z.number().int(),
      pre: roundTallySchema.nullable(),
      final: roundTallySchema.nullable(),
      /** Keyed by participant id (the roster's key): peers cannot tell whose it is, the moderator can. */
      members: z.record(memberKey, memberShiftSchema),
      /** The cards each member marked "this changed my mind", by participant id (results of old boards lack it). */
      minds: z.record(memberKey, z.array(cardKey)).default({}),
      /** How many members marked each card. */
      mindCards: z.record(cardKey, z.number().int().nonnegative()).default({}),
      /** Members' names by participant id, for everyone — written only while the board is not anonymous. */
      names: z.record(memberKey, z.string().max(128)).optional(),
    })
    .optional(),
})
export type VoteResults = z.infer<typeof voteResultsSchema>

/** The results with the conviction members' names added (or, with `names` undefined, taken away). */
export function withMemberNames(
  results: VoteResults,
  names: Record<string, string> | undefined,
): VoteResults {
  if (!results.conviction) return results
  const { names: _old, ...conviction } = results.conviction
  return { ...results, conviction: names ? { ...conviction, names } : conviction }
}

/** A ballot with the participant who cast it. */
export interface CastBallot {
  voter: string
  ballot: Ballot
}

/** The dots on each card (cards with none are left out). */
export function tallyDots(cast: readonly CastBallot[]): Record<string, number> {
  const dots: Record<string, number> = {}
  for (const { ballot } of cast)
    if (ballot.kind === 'dot' && ballot.dots > 0)
      dots[ballot.cardId] = (dots[ballot.cardId] ?? 0) + ballot.dots
  return dots
}

/** Each card's impact: mean strength × mean relevance / 4, so 0–4 like its parts (Kialo-like). */
export function tallyImpact(cast: readonly CastBallot[]): Record<string, ImpactTally> {
  const byCard = new Map<string, { strength: number[]; relevance: number[] }>()
  for (const { ballot } of cast) {
    if (ballot.kind !== 'impact') continue
    const card = byCard.get(ballot.cardId) ?? { strength: [], relevance: [] }
    card.strength.push(ballot.strength)
    card.relevance.push(ballot.relevance)
    byCard.set(ballot.cardId, card)
  }
  const cards: Record<string, ImpactTally> = {}
  for (const [cardId, { strength, relevance }] of byCard) {
    const meanStrength = mean(strength)
    const meanRelevance = mean(relevance)
    cards[cardId] = {
      votes: strength.length,
      strength: round2(meanStrength),
      relevance: round2(meanRelevance),
      impact: round2((meanStrength * meanRelevance) / 4),
    }
  }
  return cards
}

/** One conviction round's tally; null when nobody voted in it. */
export function tallyRound(cast: readonly CastBallot[], round: 'pre' | 'final'): RoundTally | null {
  const ballots = convictions(cast, round)
  if (ballots.length === 0) return null
  return {
    for: ballots.filter((ballot) => ballot.side === 'for').length,
    against: ballots.filter((ballot) => ballot.side === 'against').length,
    conviction: round2(mean(ballots.map((ballot) => ballot.conviction))),
    lean: round2(mean(ballots.map(signed))),
  }
}

/** Each member's signed conviction per round and its shift (final − pre; null unless both were cast). */
export function tallyShifts(cast: readonly CastBallot[]): Record<string, MemberShift> {
  const members: Record<string, MemberShift> = {}
  for (const { voter, ballot } of cast) {
    if (ballot.kind !== 'conviction') continue
    const member = members[voter] ?? { pre: null, final: null, shift: null }
    member[ballot.round] = signed(ballot)
    if (member.pre !== null && member.final !== null) member.shift = member.final - member.pre
    members[voter] = member
  }
  return members
}

/** The cards each member marked as changing their mind (sorted), and how many members marked each card. */
export function tallyMinds(cast: readonly CastBallot[]): {
  minds: Record<string, string[]>
  mindCards: Record<string, number>
} {
  const minds: Record<string, string[]> = {}
  const mindCards: Record<string, number> = {}
  for (const { voter, ballot } of cast) {
    if (ballot.kind !== 'mind' || !ballot.changed) continue
    minds[voter] = [...(minds[voter] ?? []), ballot.cardId].sort()
    mindCards[ballot.cardId] = (mindCards[ballot.cardId] ?? 0) + 1
  }
  return { minds, mindCards }
}

/** The aggregates of one kind of vote, as the reveal writes them at server time `now`. */
export function tallyVote(kind: VoteKind, cast: readonly CastBallot[], now: number): VoteResults {
  const own = cast.filter(({ ballot }) => ballot.kind === kind)
  const voters = new Set(own.map(({ voter }) => voter)).size
  if (kind === 'dot') return { dot: { revealedAt: now, voters, dots: tallyDots(own) } }
  if (kind === 'impact') return { impact: { revealedAt: now, voters, cards: tallyImpact(own) } }
  return {
    conviction: {
      revealedAt: now,
      voters,
      pre: tallyRound(own, 'pre'),
      final: tallyRound(own, 'final'),
      members: tallyShifts(own),
      ...tallyMinds(cast),
    },
  }
}

type ConvictionBallot = Extract<Ballot, { kind: 'conviction' }>

function convictions(cast: readonly CastBallot[], round: 'pre' | 'final'): ConvictionBallot[] {
  return cast.flatMap(({ ballot }) =>
    ballot.kind === 'conviction' && ballot.round === round ? [ballot] : [],
  )
}

function signed(ballot: ConvictionBallot): number {
  return ballot.side === 'for' ? ballot.conviction : -ballot.conviction
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}
