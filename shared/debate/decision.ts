/**
 * The decision a debate ends in: the moderator records its outcome with a rationale citing cards
 * (`decide` facilitation action), and the server writes it into the session for everyone. Pure,
 * so that each rule is one row of a table test.
 */
import { entityIdSchema } from '../board/schema.ts'
import { z } from '../zod.ts'
import { Format } from './formats.ts'

/** Every outcome a debate can end in. */
export const Outcome = {
  Carried: 'carried',
  Defeated: 'defeated',
  Invest: 'invest',
  Pass: 'pass',
  Revisit: 'revisit',
} as const
export type Outcome = (typeof Outcome)[keyof typeof Outcome]

/** The longest rationale, in UTF-16 units. */
export const MAX_RATIONALE_LENGTH = 2_000
/** The most cards a decision may cite. */
export const MAX_CITED_CARDS = 50

/** Validates an outcome (of any format; `refuseDecision` checks it fits the board's). */
export const outcomeSchema = z.enum(Object.values(Outcome) as [Outcome, ...Outcome[]])

/** What the moderator sends: the outcome, the rationale, the ids of the cards it cites. */
export const decisionInputSchema = z.strictObject({
  outcome: outcomeSchema,
  rationale: z.string().trim().max(MAX_RATIONALE_LENGTH),
  cardIds: z.array(entityIdSchema).max(MAX_CITED_CARDS),
})
export type DecisionInput = z.infer<typeof decisionInputSchema>

/** The decision as the session stores it, with the server time it was recorded at. */
export const decisionSchema = decisionInputSchema.extend({ decidedAt: z.number().int().nonnegative() })
export type Decision = z.infer<typeof decisionSchema>

/** The outcomes a format decides between: a committee invests, passes or revisits; others vote a motion. */
export function outcomesOf(format: Format): readonly Outcome[] {
  return format === Format.Committee
    ? [Outcome.Invest, Outcome.Pass, Outcome.Revisit]
    : [Outcome.Carried, Outcome.Defeated]
}

/** Why `input` cannot be recorded on a board of `format`, or null when it can. */
export function refuseDecision(
  format: Format,
  input: DecisionInput,
  cardOnBoard: (cardId: string) => boolean,
): string | null {
  const outcomes = outcomesOf(format)
  if (!outcomes.includes(input.outcome))
    return `This board decides ${outcomes.join(', ')}, not ${input.outcome}.`
  const missing = input.cardIds.find((cardId) => !cardOnBoard(cardId))
  if (missing !== undefined) return `The decision cites card "${missing}", which is not on the board.`
  return null
}

/** The decision to store: `input` with each cited card once, in the order first cited. */
export function recordDecision(input: DecisionInput, now: number): Decision {
  return { ...input, cardIds: [...new Set(input.cardIds)], decidedAt: now }
}
