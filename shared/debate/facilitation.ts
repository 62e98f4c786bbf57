/**
 * The facilitation API: every moderator action as one message, `facilitate(action, ack)`, which the
 * board UI, scripts and bots send alike (BoardProvider#facilitate). The server checks the role,
 * applies the action to the session document as a change of its own, and acknowledges.
 */
import { Team } from '../access.ts'
import type { ErrorPayload } from '../errors.ts'
import { LIMITS } from '../board/schema.ts'
import { z } from '../zod.ts'
import { decisionInputSchema } from './decision.ts'
import { MAX_PHASE_SECONDS } from './session.ts'
import { MAX_DOT_BUDGET } from './voteResults.ts'

const phaseIdSchema = z.string().regex(/^[a-z0-9-]{1,32}$/)
const clientIdSchema = z
  .number()
  .int()
  .nonnegative()
  .max(2 ** 53 - 1)

/** Every facilitation action, by `type`. */
export const facilitationActionSchema = z.discriminatedUnion('type', [
  /** Next phase; leaving a private phase reveals its drafts first. The timer resets to the new phase. */
  z.strictObject({ type: z.literal('advance') }),
  /** Previous phase (nothing is un-revealed). */
  z.strictObject({ type: z.literal('back') }),
  /** Renames a phase; an empty name restores the format's own. */
  z.strictObject({
    type: z.literal('rename-phase'),
    phaseId: phaseIdSchema,
    name: z.string().trim().max(LIMITS.nameLength),
  }),
  /** Sets how long a phase lasts. */
  z.strictObject({
    type: z.literal('set-duration'),
    phaseId: phaseIdSchema,
    seconds: z.number().int().min(0).max(MAX_PHASE_SECONDS),
  }),
  /** Locks or unlocks the whole board for everyone but moderators. */
  z.strictObject({ type: z.literal('lock'), locked: z.boolean() }),
  /** Starts (or resumes) the timer; `lockOnEnd` locks the board when it runs out. */
  z.strictObject({ type: z.literal('timer-start'), lockOnEnd: z.boolean().optional() }),
  z.strictObject({ type: z.literal('timer-pause') }),
  /** Back to the current phase's whole duration, stopped. */
  z.strictObject({ type: z.literal('timer-reset') }),
  /** Adds (or, negative, removes) time. */
  z.strictObject({
    type: z.literal('timer-add'),
    seconds: z.number().int().min(-MAX_PHASE_SECONDS).max(MAX_PHASE_SECONDS),
  }),
  /** Moves every drafts document onto the board now, in one transaction. */
  z.strictObject({ type: z.literal('reveal') }),
  /** Hides (or shows) authors' names from peers. */
  z.strictObject({ type: z.literal('anonymous'), anonymous: z.boolean() }),
  /** Everyone follows this presence id (the moderator's own) until released (clientId null). */
  z.strictObject({
    type: z.literal('spotlight'),
    clientId: clientIdSchema.nullable(),
    locked: z.boolean().optional(),
  }),
  /** Everyone jumps once to this presence id's view. */
  z.strictObject({ type: z.literal('summon'), clientId: clientIdSchema }),
  /** Puts a participant on a team (or on none), whatever link they came with. */
  z.strictObject({
    type: z.literal('assign-team'),
    participantId: z.string().min(1).max(128),
    team: z.enum([Team.Bull, Team.Bear]).nullable(),
  }),
  /** Sets how many dots each participant may spend in a dot vote. */
  z.strictObject({ type: z.literal('dot-budget'), dots: z.number().int().min(1).max(MAX_DOT_BUDGET) }),
  /**
   * Tallies the ballots of one kind of vote and shows everyone the aggregates (session `results`);
   * ballots cast later stay blind until the next reveal.
   */
  z.strictObject({ type: z.literal('reveal-votes'), vote: z.enum(['dot', 'impact', 'conviction']) }),
  /** Records the outcome with a rationale citing cards on the board (replacing an earlier one). */
  decisionInputSchema.extend({ type: z.literal('decide') }),
  /** Takes the recorded decision back. */
  z.strictObject({ type: z.literal('clear-decision') }),
])
/** A validated facilitation action. */
export type FacilitationAction = z.infer<typeof facilitationActionSchema>
/** The type of a facilitation action. */
export type FacilitationType = FacilitationAction['type']

/** What the server acknowledges a facilitation action with. */
export type FacilitationResult = { ok: true } | { ok: false; error: ErrorPayload }
