import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCard, linkCards, readCards, readLinks } from '../../../shared/board/index.ts'
import { estimateClockOffset } from '../../../shared/debate/clock.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { initialSession } from '../../../shared/debate/session.ts'
import { withSeat, withoutNames } from '../../../server/debate/presenceStates.ts'
import { clearDrafts, copyDrafts } from '../../../server/debate/reveal.ts'
import { authorIdFor, personalDraftsName, seatFor } from '../../../server/debate/seats.ts'

describe('withoutNames', () => {
  it('keeps cursor, colour, team and role but drops the name and anything else in user', () => {
    const state = {
      user: { name: '张伟', color: '#123456', team: 'bull', email: 'x@y' },
      cursor: { x: 1, y: 2 },
    }
    expect(withoutNames(state)).toEqual({ user: { color: '#123456', team: 'bull' }, cursor: { x: 1, y: 2 } })
  })

  it('stamps the sender’s real role and team over what its client claims', () => {
    const state = { user: { name: 'Eve', role: 'moderate', team: 'bear' } }
    expect(withSeat(state, { role: 'bull', team: 'bull' })).toEqual({
      user: { name: 'Eve', role: 'bull', team: 'bull' },
    })
  })

  it('leaves a removed presence (null state) as it is', () => {
    expect(withoutNames(null)).toBeNull()
  })
})

describe('reveal', () => {
  it('copies cards with every field and their text, and links, then empties the drafts', () => {
    const drafts = new Y.Doc()
    const fields = { x: 1, y: 2, authorId: 'a-1', authorName: 'Ada', team: 'bull', phaseId: 'prepare' }
    const a = createCard(drafts, { stance: 'bull', text: '论点一', ...fields })
    const b = createCard(drafts, { stance: 'bull', text: 'two', ...fields })
    linkCards(drafts, { from: b, to: a, kind: 'supports' })
    const board = new Y.Doc()
    expect(copyDrafts(board, [drafts])).toBe(2)
    expect(readCards(board)).toEqual(readCards(drafts))
    expect(readLinks(board)).toEqual(readLinks(drafts))
    drafts.transact(() => clearDrafts(drafts))
    expect(readCards(drafts)).toEqual([])
    expect(readLinks(drafts)).toEqual([])
    expect(readCards(board)).toHaveLength(2)
  })
})

describe('seats', () => {
  const classroom = initialSession(Format.Classroom)
  it.each([
    { role: 'bull', assigned: undefined, team: 'bull', drafts: 'drafts/bull' },
    { role: 'bear', assigned: undefined, team: 'bear', drafts: 'drafts/bear' },
    { role: 'bull', assigned: 'bear', team: 'bear', drafts: 'drafts/bear' },
    { role: 'bull', assigned: null, team: null, drafts: personalDraftsName('p') },
    { role: 'edit', assigned: undefined, team: null, drafts: personalDraftsName('p') },
    { role: 'moderate', assigned: 'bull', team: null, drafts: null },
    { role: 'view', assigned: 'bull', team: null, drafts: null },
    { role: 'projector', assigned: undefined, team: null, drafts: null },
  ] as const)(
    '$role assigned $assigned sits on $team and drafts in $drafts',
    ({ role, assigned, team, drafts }) => {
      expect(seatFor('board-1', { role, participantId: 'p' }, classroom, assigned)).toMatchObject({
        team,
        drafts,
      })
    },
  )

  it('a workshop drafts per person, a free board not at all', () => {
    expect(
      seatFor('b', { role: 'bull', participantId: 'p' }, initialSession(Format.Workshop), undefined).drafts,
    ).toBe(personalDraftsName('p'))
    expect(
      seatFor('b', { role: 'bull', participantId: 'p' }, initialSession(Format.Free), undefined).drafts,
    ).toBeNull()
  })

  it('author ids are per board and give nothing of the participant away', () => {
    expect(authorIdFor('board-1', 'p')).not.toBe(authorIdFor('board-2', 'p'))
    expect(authorIdFor('board-1', 'p')).toMatch(/^a-[0-9a-f]{24}$/)
  })
})

describe('estimateClockOffset', () => {
  it.each([
    { name: 'no sample: no offset', samples: [], offset: 0 },
    {
      name: 'a symmetric round trip',
      samples: [{ sentAt: 0, serverNow: 600_050, receivedAt: 100 }],
      offset: 600_000,
    },
    {
      name: 'the shortest round trip wins',
      samples: [
        { sentAt: 0, serverNow: 900, receivedAt: 1_000 },
        { sentAt: 2_000, serverNow: 1_990, receivedAt: 2_020 },
      ],
      offset: -20,
    },
    {
      name: 'a negative round trip (the clock jumped) is ignored',
      samples: [{ sentAt: 10, serverNow: 5, receivedAt: 0 }],
      offset: 0,
    },
  ])('$name', ({ samples, offset }) => {
    expect(estimateClockOffset(samples)).toBe(offset)
  })
})
