import { describe, expect, it } from 'vitest'
import { Role } from '../../../shared/access.ts'
import {
  ballotKey,
  ballotSchema,
  convictionRoundNow,
  refuseBallot,
  type Ballot,
  type BallotContext,
} from '../../../shared/debate/ballots.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { initialSession, type SessionState } from '../../../shared/debate/session.ts'
import { tallyDots, tallyImpact, tallyVote, type CastBallot } from '../../../shared/debate/voteResults.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { planFacilitation } from '../../../server/debate/facilitate.ts'

const inPhase = (format: Format, phaseId: string, patch: Partial<SessionState> = {}): SessionState => {
  const session = initialSession(format)
  return { ...session, phaseIndex: session.phases.findIndex((phase) => phase.id === phaseId), ...patch }
}
const dot = (cardId: string, dots: number): Ballot => ({ kind: 'dot', cardId, dots })
const impact = (cardId: string, strength: number, relevance: number): Ballot => ({
  kind: 'impact',
  cardId,
  strength,
  relevance,
})
const conviction = (round: 'pre' | 'final', side: 'for' | 'against', value: number): Ballot => ({
  kind: 'conviction',
  round,
  side,
  conviction: value,
})

const mind = (cardId: string, changed = true): Ballot => ({ kind: 'mind', cardId, changed })

interface Row {
  name: string
  ballot: Ballot
  context: Partial<BallotContext> & { session: SessionState }
  refused: string | null
}

const rows: Row[] = [
  {
    name: 'a member’s dots in the workshop’s dot vote',
    ballot: dot('c1', 3),
    context: { session: inPhase(Format.Workshop, 'dot-vote') },
    refused: null,
  },
  {
    name: 'dots up to the budget with others elsewhere',
    ballot: dot('c1', 2),
    context: { session: inPhase(Format.Workshop, 'dot-vote'), dotsElsewhere: 3 },
    refused: null,
  },
  {
    name: 'dots over the budget',
    ballot: dot('c1', 3),
    context: { session: inPhase(Format.Workshop, 'dot-vote'), dotsElsewhere: 3 },
    refused: ErrorCode.BadRequest,
  },
  {
    name: 'dots over a budget the moderator lowered',
    ballot: dot('c1', 3),
    context: { session: inPhase(Format.Workshop, 'dot-vote', { dotBudget: 2 }) },
    refused: ErrorCode.BadRequest,
  },
  {
    name: 'dots outside a vote phase',
    ballot: dot('c1', 1),
    context: { session: inPhase(Format.Workshop, 'cluster') },
    refused: ErrorCode.PhaseLocked,
  },
  {
    name: 'dots while the board is locked',
    ballot: dot('c1', 1),
    context: { session: inPhase(Format.Workshop, 'dot-vote', { locked: true }) },
    refused: ErrorCode.PhaseLocked,
  },
  {
    name: 'dots on a card not on the board',
    ballot: dot('c1', 1),
    context: { session: inPhase(Format.Workshop, 'dot-vote'), cardExists: false },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'dots on a "what would change our mind" card',
    ballot: dot('c1', 1),
    context: { session: inPhase(Format.Workshop, 'dot-vote'), cardIsFalsifier: true },
    refused: ErrorCode.BadRequest,
  },
  {
    name: 'an impact rating of a "what would change our mind" card',
    ballot: impact('c1', 3, 3),
    context: { session: inPhase(Format.Classroom, 'vote'), cardIsFalsifier: true },
    refused: ErrorCode.BadRequest,
  },
  {
    name: 'an impact ballot on a workshop',
    ballot: impact('c1', 2, 2),
    context: { session: inPhase(Format.Workshop, 'dot-vote') },
    refused: ErrorCode.BadRequest,
  },
  {
    name: 'an impact ballot in the classroom vote',
    ballot: impact('c1', 4, 0),
    context: { session: inPhase(Format.Classroom, 'vote') },
    refused: null,
  },
  {
    name: 'an impact ballot in rebuttals',
    ballot: impact('c1', 4, 0),
    context: { session: inPhase(Format.Classroom, 'rebuttal') },
    refused: ErrorCode.PhaseLocked,
  },
  {
    name: 'the moderator’s ballot',
    ballot: impact('c1', 4, 4),
    context: { session: inPhase(Format.Classroom, 'vote'), role: Role.Moderate },
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'the audience’s ballot',
    ballot: impact('c1', 4, 4),
    context: { session: inPhase(Format.Classroom, 'vote'), role: Role.View },
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'the projector’s ballot',
    ballot: impact('c1', 4, 4),
    context: { session: inPhase(Format.Classroom, 'vote'), role: Role.Projector },
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'a pre-vote in the pre-read',
    ballot: conviction('pre', 'for', 4),
    context: { session: inPhase(Format.Committee, 'pre-read'), role: Role.Bear },
    refused: null,
  },
  {
    name: 'a final vote in the pre-read',
    ballot: conviction('final', 'for', 4),
    context: { session: inPhase(Format.Committee, 'pre-read') },
    refused: ErrorCode.PhaseLocked,
  },
  {
    name: 'a final vote in the final vote',
    ballot: conviction('final', 'against', 1),
    context: { session: inPhase(Format.Committee, 'final-vote') },
    refused: null,
  },
  {
    name: 'a pre-vote in the final vote',
    ballot: conviction('pre', 'against', 1),
    context: { session: inPhase(Format.Committee, 'final-vote') },
    refused: ErrorCode.PhaseLocked,
  },
  {
    name: 'a conviction ballot in the discussion',
    ballot: conviction('final', 'for', 3),
    context: { session: inPhase(Format.Committee, 'discussion') },
    refused: ErrorCode.PhaseLocked,
  },
  {
    name: 'any ballot on a free board',
    ballot: dot('c1', 1),
    context: { session: initialSession(Format.Free) },
    refused: ErrorCode.BadRequest,
  },
]

/** VO10: "this changed my mind" marks. */
const mindRows: Row[] = [
  {
    name: 'a member marks a card in the discussion',
    ballot: mind('c1'),
    context: { session: inPhase(Format.Committee, 'discussion') },
    refused: null,
  },
  {
    name: 'a member unmarks a card in the final vote',
    ballot: mind('c1', false),
    context: { session: inPhase(Format.Committee, 'final-vote') },
    refused: null,
  },
  {
    name: 'a mark in the pre-vote',
    ballot: mind('c1'),
    context: { session: inPhase(Format.Committee, 'pre-read') },
    refused: ErrorCode.PhaseLocked,
  },
  {
    name: 'a mark in the bull case',
    ballot: mind('c1'),
    context: { session: inPhase(Format.Committee, 'bull-case') },
    refused: ErrorCode.PhaseLocked,
  },
  {
    name: 'a mark in the decision phase',
    ballot: mind('c1'),
    context: { session: inPhase(Format.Committee, 'decision') },
    refused: ErrorCode.PhaseLocked,
  },
  {
    name: 'a mark while the board is locked',
    ballot: mind('c1'),
    context: { session: inPhase(Format.Committee, 'discussion', { locked: true }) },
    refused: ErrorCode.PhaseLocked,
  },
  {
    name: 'a mark on a card not on the board',
    ballot: mind('c1'),
    context: { session: inPhase(Format.Committee, 'discussion'), cardExists: false },
    refused: ErrorCode.NotFound,
  },
  {
    name: 'a mark on a workshop board (discussion phase)',
    ballot: mind('c1'),
    context: { session: inPhase(Format.Workshop, 'discuss') },
    refused: ErrorCode.BadRequest,
  },
  {
    name: 'a mark by the moderator',
    ballot: mind('c1'),
    context: { session: inPhase(Format.Committee, 'discussion'), role: Role.Moderate },
    refused: ErrorCode.Forbidden,
  },
  {
    name: 'a mark by the audience',
    ballot: mind('c1'),
    context: { session: inPhase(Format.Committee, 'discussion'), role: Role.View },
    refused: ErrorCode.Forbidden,
  },
]

describe('ballot rules', () => {
  it.each(mindRows)('[VO10] $name → $refused', ({ ballot, context, refused }) => {
    const verdict = refuseBallot(ballot, { role: Role.Bull, cardExists: true, dotsElsewhere: 0, ...context })
    expect(verdict?.code ?? null).toBe(refused)
    if (verdict) expect(verdict.message).toMatch(/\.$/)
  })

  it('[VO10] a mark is one key per member and card, apart from other ballots on the card', () => {
    expect(ballotKey('p1', mind('c1'))).toBe('mind/p1/c1')
    expect(ballotKey('p1', mind('c1', false))).toBe(ballotKey('p1', mind('c1')))
    expect(ballotKey('p1', mind('c1'))).not.toBe(ballotKey('p1', dot('c1', 1)))
    expect(ballotSchema.safeParse({ kind: 'mind', cardId: 'c1', changed: 'yes' }).success).toBe(false)
    expect(ballotSchema.safeParse({ kind: 'mind', cardId: 'c1' }).success).toBe(false)
  })

  it.each(rows)('[VO2][VO3][VO4] $name → $refused', ({ ballot, context, refused }) => {
    const verdict = refuseBallot(ballot, { role: Role.Bull, cardExists: true, dotsElsewhere: 0, ...context })
    expect(verdict?.code ?? null).toBe(refused)
    if (verdict) expect(verdict.message).toMatch(/\.$/)
  })

  it('[VO1] ballots out of range or of unknown shape are not ballots', () => {
    for (const bad of [
      { kind: 'dot', cardId: 'c1', dots: -1 },
      { kind: 'dot', cardId: 'c1', dots: 1.5 },
      { kind: 'impact', cardId: 'c1', strength: 5, relevance: 0 },
      { kind: 'conviction', round: 'pre', side: 'for', conviction: 0 },
      { kind: 'conviction', round: 'mid', side: 'for', conviction: 3 },
      { kind: 'dot', cardId: 'c1', dots: 1, voter: 'someone-else' },
    ])
      expect(ballotSchema.safeParse(bad).success).toBe(false)
  })

  it('[VO1] one key per participant and card (or round): a new ballot replaces the old', () => {
    expect(ballotKey('p1', dot('c1', 1))).toBe(ballotKey('p1', dot('c1', 4)))
    expect(ballotKey('p1', dot('c1', 1))).not.toBe(ballotKey('p2', dot('c1', 1)))
    expect(ballotKey('p1', conviction('pre', 'for', 1))).toBe('conviction/p1/pre')
    expect(ballotKey('p1', conviction('pre', 'for', 1))).not.toBe(
      ballotKey('p1', conviction('final', 'for', 1)),
    )
  })

  it('[VO4] the committee’s first vote phase is the pre-vote, its last the final vote', () => {
    expect(convictionRoundNow(inPhase(Format.Committee, 'pre-read'))).toBe('pre')
    expect(convictionRoundNow(inPhase(Format.Committee, 'final-vote'))).toBe('final')
    expect(convictionRoundNow(inPhase(Format.Committee, 'bull-case'))).toBe(null)
  })
})

const cast = (voter: string, ballot: Ballot): CastBallot => ({ voter, ballot })

describe('tally formulas', () => {
  it('[VO6] dot totals per card; cards without dots are left out', () => {
    expect(
      tallyDots([
        cast('a', dot('c1', 3)),
        cast('b', dot('c1', 2)),
        cast('b', dot('c2', 1)),
        cast('c', dot('c3', 0)),
      ]),
    ).toEqual({
      c1: 5,
      c2: 1,
    })
  })

  it.each([
    { name: 'one vote', votes: [[4, 4]], expected: { votes: 1, strength: 4, relevance: 4, impact: 4 } },
    {
      name: 'strong but irrelevant',
      votes: [[4, 0]],
      expected: { votes: 1, strength: 4, relevance: 0, impact: 0 },
    },
    {
      name: 'means first, then the product',
      votes: [
        [4, 2],
        [2, 4],
      ],
      expected: { votes: 2, strength: 3, relevance: 3, impact: 2.25 },
    },
    {
      name: 'rounded to two places',
      votes: [
        [1, 1],
        [2, 2],
        [2, 2],
      ],
      expected: { votes: 3, strength: 1.67, relevance: 1.67, impact: 0.69 },
    },
  ])('[VO6] impact = mean strength × mean relevance / 4: $name', ({ votes, expected }) => {
    const ballots = votes.map(([s, r], index) => cast(`v${index}`, impact('c1', s!, r!)))
    expect(tallyImpact(ballots)).toEqual({ c1: expected })
  })

  it('[VO6] conviction: counts, mean conviction, lean, and each member’s shift from pre to final', () => {
    const results = tallyVote(
      'conviction',
      [
        cast('a', conviction('pre', 'for', 4)),
        cast('b', conviction('pre', 'against', 2)),
        cast('a', conviction('final', 'against', 1)),
        cast('b', conviction('final', 'against', 5)),
        cast('c', conviction('final', 'for', 3)),
        cast('a', dot('c1', 2)),
      ],
      42,
    )
    expect(results).toEqual({
      conviction: {
        revealedAt: 42,
        voters: 3,
        pre: { for: 1, against: 1, conviction: 3, lean: 1 },
        final: { for: 1, against: 2, conviction: 3, lean: -1 },
        members: {
          a: { pre: 4, final: -1, shift: -5 },
          b: { pre: -2, final: -5, shift: -3 },
          c: { pre: null, final: 3, shift: null },
        },
        minds: {},
        mindCards: {},
      },
    })
  })

  it('[VO11] the conviction reveal lists each member’s marked cards and counts them per card', () => {
    const results = tallyVote(
      'conviction',
      [
        cast('a', conviction('final', 'for', 2)),
        cast('a', mind('c2')),
        cast('a', mind('c1')),
        cast('b', mind('c1')),
        cast('c', mind('c3', false)),
        cast('c', dot('c3', 1)),
      ],
      7,
    )
    expect(results.conviction?.voters).toBe(1)
    expect(results.conviction?.minds).toEqual({ a: ['c1', 'c2'], b: ['c1'] })
    expect(results.conviction?.mindCards).toEqual({ c1: 2, c2: 1 })
    // Mirror: a dot or impact reveal carries no marks.
    expect(tallyVote('dot', [cast('a', mind('c1'))], 7)).toEqual({
      dot: { revealedAt: 7, voters: 0, dots: {} },
    })
  })

  it('[VO5] a reveal of a kind the format does not run is refused; the budget is the moderator’s', () => {
    const workshop = inPhase(Format.Workshop, 'dot-vote')
    expect(planFacilitation(workshop, { type: 'reveal-votes', vote: 'dot' }, 0)).toMatchObject({
      revealVotes: 'dot',
    })
    expect(() => planFacilitation(workshop, { type: 'reveal-votes', vote: 'impact' }, 0)).toThrow(
      expect.objectContaining({ code: ErrorCode.BadRequest }),
    )
    expect(planFacilitation(workshop, { type: 'dot-budget', dots: 8 }, 0).patch).toEqual({ dotBudget: 8 })
  })
})
