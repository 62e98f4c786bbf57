import { describe, expect, it } from 'vitest'
import { Role } from '../../../../shared/access.ts'
import type { Ballot } from '../../../../shared/debate/ballots.ts'
import { Format } from '../../../../shared/debate/formats.ts'
import { initialSession, type SessionState } from '../../../../shared/debate/session.ts'
import { convictionIn, dotBallot, dotsLeft, dotsOn, impactOn } from '../../../../client/voting/ownBallots.ts'
import { openVote } from '../../../../client/voting/useVotingValue.ts'

const mine: Ballot[] = [
  { kind: 'dot', cardId: 'a', dots: 2 },
  { kind: 'dot', cardId: 'gone', dots: 1 },
  { kind: 'impact', cardId: 'a', strength: 3, relevance: 1 },
  { kind: 'conviction', round: 'pre', side: 'against', conviction: 4 },
]
const onBoard = new Set(['a', 'b'])

describe('own ballots', () => {
  it.each([
    { name: 'dots on a card with a ballot', value: () => dotsOn(mine, 'a'), expected: 2 },
    { name: 'dots on a card without one', value: () => dotsOn(mine, 'b'), expected: 0 },
    {
      name: '[SC7] dots left: the budget less the dots on cards still on the board',
      value: () => dotsLeft(mine, 5, onBoard),
      expected: 3,
    },
    {
      name: '[SC7] dots left never go below 0 when the budget shrank',
      value: () => dotsLeft(mine, 1, onBoard),
      expected: 0,
    },
    {
      name: '[SC7] adding a dot sends the card’s new total',
      value: () => dotBallot(mine, 'a', 1, 3),
      expected: { kind: 'dot', cardId: 'a', dots: 3 },
    },
    { name: '[SC7] no dot is added with none left', value: () => dotBallot(mine, 'b', 1, 0), expected: null },
    {
      name: '[SC7] a dot comes off even with none left',
      value: () => dotBallot(mine, 'a', -1, 0),
      expected: { kind: 'dot', cardId: 'a', dots: 1 },
    },
    {
      name: '[SC7] no dot comes off a card without one',
      value: () => dotBallot(mine, 'b', -1, 3),
      expected: null,
    },
    { name: 'a card’s rating', value: () => impactOn(mine, 'a')?.strength, expected: 3 },
    { name: 'an unrated card', value: () => impactOn(mine, 'b'), expected: undefined },
    {
      name: 'the conviction of a cast round',
      value: () => convictionIn(mine, 'pre')?.side,
      expected: 'against',
    },
    { name: 'a round not cast yet', value: () => convictionIn(mine, 'final'), expected: undefined },
  ])('$name', ({ value, expected }) => {
    expect(value()).toEqual(expected)
  })
})

const inPhase = (format: Format, phaseId: string, patch: Partial<SessionState> = {}): SessionState => {
  const session = initialSession(format)
  return { ...session, phaseIndex: session.phases.findIndex((phase) => phase.id === phaseId), ...patch }
}

describe('openVote', () => {
  it.each([
    {
      name: '[SC8] a workshop member in the dot vote',
      session: inPhase(Format.Workshop, 'dot-vote'),
      role: Role.Edit,
      expected: 'dot',
    },
    {
      name: '[SC8] a bull member in the classroom vote',
      session: inPhase(Format.Classroom, 'vote'),
      role: Role.Bull,
      expected: 'impact',
    },
    {
      name: '[SC8] a committee member in the pre-read',
      session: inPhase(Format.Committee, 'pre-read'),
      role: Role.Bear,
      expected: 'conviction',
    },
    {
      name: '[SC8] no vote before the vote phase',
      session: inPhase(Format.Classroom, 'rebuttal'),
      role: Role.Bull,
      expected: null,
    },
    {
      name: '[SC8] no vote while the board is locked',
      session: inPhase(Format.Classroom, 'vote', { locked: true }),
      role: Role.Bull,
      expected: null,
    },
    {
      name: '[SC8] the moderator does not vote',
      session: inPhase(Format.Classroom, 'vote'),
      role: Role.Moderate,
      expected: null,
    },
    {
      name: '[SC8] the audience does not vote',
      session: inPhase(Format.Classroom, 'vote'),
      role: Role.View,
      expected: null,
    },
    {
      name: '[SC8] nor the projector',
      session: inPhase(Format.Classroom, 'vote'),
      role: Role.Projector,
      expected: null,
    },
    {
      name: '[SC8] before the seat is known, nobody votes',
      session: inPhase(Format.Classroom, 'vote'),
      role: undefined,
      expected: null,
    },
    {
      name: '[SC8] a free board runs no vote',
      session: initialSession(Format.Free),
      role: Role.Edit,
      expected: null,
    },
  ])('$name', ({ session, role, expected }) => {
    expect(openVote(session, role)).toBe(expected)
  })
})
