/**
 * Ballots: what a participant casts with the `vote` message, and the rule that decides whether the
 * server takes it now. Ballots live only in the server's `ballots` document, which nobody reads;
 * what everyone sees is the tally the moderator reveals (shared/debate/voteResults.ts).
 */
import { Role } from '../access.ts'
import { entityIdSchema } from '../board/schema.ts'
import { ErrorCode, type ErrorPayload } from '../errors.ts'
import { z } from '../zod.ts'
import { Format, PhaseKind } from './formats.ts'
import { currentPhase, rulesNow, type SessionState } from './session.ts'
import { MAX_DOT_BUDGET } from './voteResults.ts'

/** The kinds of vote, one per format that votes. */
export const VoteKind = { Dot: 'dot', Impact: 'impact', Conviction: 'conviction' } as const
export type VoteKind = (typeof VoteKind)[keyof typeof VoteKind]

/** The kind of a committee member's "this changed my mind" mark, revealed with the conviction vote. */
export const MIND = 'mind'

/** The two conviction rounds: blind before the discussion, and at the end. */
export const ConvictionRound = { Pre: 'pre', Final: 'final' } as const
export type ConvictionRound = (typeof ConvictionRound)[keyof typeof ConvictionRound]

/** Validates a ballot as a client sends it. */
export const ballotSchema = z.discriminatedUnion('kind', [
  /** The participant's dots on one card (0 takes them all back). */
  z.strictObject({
    kind: z.literal(VoteKind.Dot),
    cardId: entityIdSchema,
    dots: z.number().int().min(0).max(MAX_DOT_BUDGET),
  }),
  /** How strong a card is, and how relevant to the motion, 0–4 each (after Kialo). */
  z.strictObject({
    kind: z.literal(VoteKind.Impact),
    cardId: entityIdSchema,
    strength: z.number().int().min(0).max(4),
    relevance: z.number().int().min(0).max(4),
  }),
  /** For or against the motion, with a conviction from 1 (leaning) to 5 (certain). */
  z.strictObject({
    kind: z.literal(VoteKind.Conviction),
    round: z.enum([ConvictionRound.Pre, ConvictionRound.Final]),
    side: z.enum(['for', 'against']),
    conviction: z.number().int().min(1).max(5),
  }),
  /** A committee member marks (or unmarks) a card as one that changed their mind. */
  z.strictObject({ kind: z.literal(MIND), cardId: entityIdSchema, changed: z.boolean() }),
])
/** A validated ballot. */
export type Ballot = z.infer<typeof ballotSchema>

/** What the server acknowledges a ballot with: on success, the voter's own ballots now. */
export type VoteResult = { ok: true; ballots: Ballot[] } | { ok: false; error: ErrorPayload }

/** The root map of the server-only `ballots` document. */
export const BALLOTS_ROOT = 'ballots'

/**
 * Where a ballot is kept: `<kind>/<participantId>/<cardId|round>`, so that a participant has one
 * ballot per card (or round) and a new one replaces the old.
 */
export function ballotKey(participantId: string, ballot: Ballot): string {
  const what = ballot.kind === VoteKind.Conviction ? ballot.round : ballot.cardId
  return `${ballot.kind}/${participantId}/${what}`
}

/** The participant a ballot key belongs to. */
export function voterOfKey(key: string): string {
  return key.split('/')[1] ?? ''
}

/** The kind of vote a format runs; null for a free board, which has none. */
export function voteKindOf(format: Format): VoteKind | null {
  if (format === Format.Workshop) return VoteKind.Dot
  if (format === Format.Classroom) return VoteKind.Impact
  if (format === Format.Committee) return VoteKind.Conviction
  return null
}

/** Whether a link's holder votes: participants do; moderators run the vote, the audience and projector watch. */
export function canVote(role: Role): boolean {
  return role === Role.Edit || role === Role.Bull || role === Role.Bear
}

/** The conviction round open now: `pre` in the plan's first vote phase, `final` in its last. */
export function convictionRoundNow(session: SessionState): ConvictionRound | null {
  const votes = session.phases.flatMap((phase, index) => (phase.kind === PhaseKind.Vote ? [index] : []))
  if (votes.length < 2) return null
  if (session.phaseIndex === votes[0]) return ConvictionRound.Pre
  if (session.phaseIndex === votes[votes.length - 1]) return ConvictionRound.Final
  return null
}

/** What the ballot rule needs to know besides the ballot. */
export interface BallotContext {
  session: SessionState
  role: Role
  /** Whether the ballot's card is on the board (ignored for conviction ballots). */
  cardExists: boolean
  /** Whether that card is a "what would change our mind" card, which is no argument to score. */
  cardIsFalsifier?: boolean
  /** The dots this voter already has on other cards. */
  dotsElsewhere: number
}

/**
 * Whether members may mark cards that changed their mind now: during a committee's discussion and
 * its final vote, while the board is not locked.
 */
export function mindMarksOpen(session: SessionState): boolean {
  if (session.locked) return false
  return (
    currentPhase(session).kind === PhaseKind.Discuss || convictionRoundNow(session) === ConvictionRound.Final
  )
}

/** Why the server refuses a ballot now, or null when it takes it (pure, so each rule is a table row). */
export function refuseBallot(ballot: Ballot, context: BallotContext): ErrorPayload | null {
  const { session } = context
  if (!canVote(context.role))
    return refusal(
      ErrorCode.Forbidden,
      'Only participants vote: moderators, the audience and the projector do not.',
    )
  const kind = voteKindOf(session.format)
  if (kind === null) return refusal(ErrorCode.BadRequest, 'This board runs no vote.')
  if (ballot.kind === MIND) return refuseMindMark(kind, context)
  if (ballot.kind !== kind)
    return refusal(ErrorCode.BadRequest, `This board takes ${kind} ballots, not ${ballot.kind} ballots.`)
  if (!rulesNow(session).votes)
    return refusal(ErrorCode.PhaseLocked, 'Votes are open only while the board is in a vote phase.')
  if (ballot.kind === VoteKind.Conviction) {
    const round = convictionRoundNow(session)
    return round === ballot.round
      ? null
      : refusal(ErrorCode.PhaseLocked, `The ${ballot.round} vote is not open in this phase.`)
  }
  if (!context.cardExists) return refusal(ErrorCode.NotFound, 'This card is not on the board.')
  if (context.cardIsFalsifier)
    return refusal(
      ErrorCode.BadRequest,
      'A “what would change our mind” card is not an argument: it takes no votes.',
    )
  if (ballot.kind === VoteKind.Dot && context.dotsElsewhere + ballot.dots > session.dotBudget) {
    const left = Math.max(0, session.dotBudget - context.dotsElsewhere)
    return refusal(
      ErrorCode.BadRequest,
      `You have ${left} of your ${session.dotBudget} dots left for this card.`,
    )
  }
  return null
}

function refuseMindMark(kind: VoteKind, context: BallotContext): ErrorPayload | null {
  if (kind !== VoteKind.Conviction)
    return refusal(ErrorCode.BadRequest, 'Only a committee marks the cards that changed its mind.')
  if (!mindMarksOpen(context.session))
    return refusal(
      ErrorCode.PhaseLocked,
      'Cards can be marked as changing your mind only during the discussion and the final vote.',
    )
  return context.cardExists ? null : refusal(ErrorCode.NotFound, 'This card is not on the board.')
}

function refusal(code: ErrorPayload['code'], message: string): ErrorPayload {
  return { code, message }
}
