/** The decision rules (DC3–DC4): pure, one row per rule, each with its mirror case. */
import { describe, expect, it } from 'vitest'
import { Format } from '../../../shared/debate/formats.ts'
import {
  MAX_RATIONALE_LENGTH,
  decisionInputSchema,
  outcomesOf,
  refuseDecision,
  type DecisionInput,
} from '../../../shared/debate/decision.ts'
import { facilitationActionSchema } from '../../../shared/debate/facilitation.ts'
import { initialSession, readSession, writeSession } from '../../../shared/debate/session.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { planFacilitation } from '../../../server/debate/facilitate.ts'
import * as Y from 'yjs'

const onBoard = (cardId: string) => cardId === 'c1' || cardId === 'c2'
const decide = (patch: Partial<DecisionInput>): DecisionInput => ({
  outcome: 'carried',
  rationale: 'The bull case held.',
  cardIds: ['c1'],
  ...patch,
})

interface Row {
  name: string
  format: Format
  input: DecisionInput
  refused: RegExp | null
}

const rows: Row[] = [
  { name: 'a classroom motion carried', format: Format.Classroom, input: decide({}), refused: null },
  {
    name: 'a workshop motion defeated, citing nothing',
    format: Format.Workshop,
    input: decide({ outcome: 'defeated', cardIds: [] }),
    refused: null,
  },
  { name: 'a free board decides a motion', format: Format.Free, input: decide({}), refused: null },
  {
    name: 'a committee invests',
    format: Format.Committee,
    input: decide({ outcome: 'invest', cardIds: ['c1', 'c2'] }),
    refused: null,
  },
  {
    name: 'a committee cannot carry a motion',
    format: Format.Committee,
    input: decide({ outcome: 'carried' }),
    refused: /invest, pass, revisit/,
  },
  {
    name: 'a classroom cannot revisit',
    format: Format.Classroom,
    input: decide({ outcome: 'revisit' }),
    refused: /carried, defeated/,
  },
  {
    name: 'a cited card must be on the board',
    format: Format.Classroom,
    input: decide({ cardIds: ['c1', 'gone'] }),
    refused: /"gone"/,
  },
]

describe('decision rules', () => {
  it.each(rows)('[DC3] $name', ({ format, input, refused }) => {
    const verdict = refuseDecision(format, input, onBoard)
    if (refused) expect(verdict).toMatch(refused)
    else expect(verdict).toBeNull()
  })

  it('[DC3] each format decides between its own outcomes', () => {
    expect(outcomesOf(Format.Committee)).toEqual(['invest', 'pass', 'revisit'])
    for (const format of [Format.Classroom, Format.Workshop, Format.Free])
      expect(outcomesOf(format)).toEqual(['carried', 'defeated'])
  })

  it('[DC3] a rationale is at most 2000 characters and an action has no other fields', () => {
    expect(
      decisionInputSchema.safeParse(decide({ rationale: 'x'.repeat(MAX_RATIONALE_LENGTH) })).success,
    ).toBe(true)
    expect(
      decisionInputSchema.safeParse(decide({ rationale: 'x'.repeat(MAX_RATIONALE_LENGTH + 1) })).success,
    ).toBe(false)
    expect(facilitationActionSchema.safeParse({ type: 'decide', ...decide({}) }).success).toBe(true)
    expect(facilitationActionSchema.safeParse({ type: 'decide', ...decide({}), by: 'x' }).success).toBe(false)
    expect(
      facilitationActionSchema.safeParse({ type: 'decide', ...decide({ cardIds: ['A!'] }) }).success,
    ).toBe(false)
  })

  it('[DC4] decide writes the decision with the server time and each card once; clear-decision takes it back', () => {
    const session = initialSession(Format.Committee)
    const input = decide({ outcome: 'revisit', cardIds: ['c2', 'c1', 'c2'] })
    const plan = planFacilitation(session, { type: 'decide', ...input }, 99, onBoard)
    expect(plan.patch).toEqual({
      decision: { outcome: 'revisit', rationale: input.rationale, cardIds: ['c2', 'c1'], decidedAt: 99 },
    })
    expect(planFacilitation(session, { type: 'clear-decision' }, 100).patch).toEqual({ decision: null })
    expect(() =>
      planFacilitation(session, { type: 'decide', ...decide({ outcome: 'carried' }) }, 99, onBoard),
    ).toThrow(expect.objectContaining({ code: ErrorCode.BadRequest }))
  })

  it('[DC4] the session reads a stored decision back, and a malformed one as none', () => {
    const doc = new Y.Doc()
    const decision = { outcome: 'pass' as const, rationale: 'Too early.', cardIds: ['c1'], decidedAt: 5 }
    writeSession(doc, { ...initialSession(Format.Committee), decision })
    expect(readSession(doc).decision).toEqual(decision)
    doc.getMap('session').set('decision', { ...decision, outcome: 'maybe' })
    expect(readSession(doc).decision).toBeNull()
  })
})
