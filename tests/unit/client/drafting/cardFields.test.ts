import { describe, expect, it } from 'vitest'
import { Role } from '../../../../shared/access.ts'
import { Format } from '../../../../shared/debate/formats.ts'
import type { SessionState } from '../../../../shared/debate/session.ts'
import type { Seat } from '../../../../shared/protocol.ts'
import { cardAuthorship, fixedStance, writerOf } from '../../../../client/drafting/cardFields.ts'
import { seatOf, sessionIn } from './seats.ts'

const NAME = '小明'

describe('the authorship of a card this participant makes', () => {
  it.each<[string, Seat, SessionState, ReturnType<typeof cardAuthorship>]>([
    [
      'a bull member in a classroom’s Prepare: the seat’s id and team, the phase, the name',
      seatOf(Role.Bull),
      sessionIn(Format.Classroom, 'prepare'),
      { authorId: 'author-bull', authorName: NAME, team: 'bull', phaseId: 'prepare' },
    ],
    [
      'a bear member in Rebuttal',
      seatOf(Role.Bear),
      sessionIn(Format.Classroom, 'rebuttal'),
      { authorId: 'author-bear', authorName: NAME, team: 'bear', phaseId: 'rebuttal' },
    ],
    [
      'a participant without a team: no team at all, not an empty one',
      seatOf(Role.Edit),
      sessionIn(Format.Workshop, 'brainstorm'),
      { authorId: 'author-edit', authorName: NAME, phaseId: 'brainstorm' },
    ],
    [
      'anyone on an anonymous board: no name',
      seatOf(Role.Bull),
      sessionIn(Format.Classroom, 'openings', { anonymous: true }),
      { authorId: 'author-bull', authorName: '', team: 'bull', phaseId: 'openings' },
    ],
    [
      'a free board: no phase',
      seatOf(Role.Edit),
      sessionIn(Format.Free, 'open'),
      { authorId: 'author-edit', authorName: NAME },
    ],
    [
      'the moderator: their own author id, no team',
      seatOf(Role.Moderate),
      sessionIn(Format.Committee, 'bull-case'),
      { authorId: 'author-moderate', authorName: NAME, phaseId: 'bull-case' },
    ],
  ])('%s', (_case, seat, session, expected) => {
    expect(cardAuthorship(session, seat, NAME)).toStrictEqual(expected)
  })
})

describe('the stance the rules fix for a participant', () => {
  it.each<[string, Seat, SessionState, 'bull' | 'bear' | null]>([
    [
      'a bull member in Openings argues bull',
      seatOf(Role.Bull),
      sessionIn(Format.Classroom, 'openings'),
      'bull',
    ],
    [
      'a bear member in Prepare drafts bear',
      seatOf(Role.Bear),
      sessionIn(Format.Classroom, 'prepare'),
      'bear',
    ],
    [
      'nobody’s side is fixed in a workshop’s clustering',
      seatOf(Role.Bull),
      sessionIn(Format.Workshop, 'cluster'),
      null,
    ],
    [
      'a participant without a team chooses',
      seatOf(Role.Edit),
      sessionIn(Format.Classroom, 'openings'),
      null,
    ],
    ['the moderator chooses', seatOf(Role.Moderate), sessionIn(Format.Classroom, 'openings'), null],
    ['on a free board everyone chooses', seatOf(Role.Bear), sessionIn(Format.Free, 'open'), null],
  ])('%s', (_case, seat, session, expected) => {
    expect(fixedStance(session, seat)).toBe(expected)
  })
})

describe('writerOf', () => {
  it('is a moderator only for the moderator link, with the seat’s team and author id', () => {
    expect(writerOf(seatOf(Role.Moderate))).toEqual({
      moderator: true,
      team: null,
      authorId: 'author-moderate',
    })
    expect(writerOf(seatOf(Role.Bear))).toEqual({ moderator: false, team: 'bear', authorId: 'author-bear' })
  })
})
