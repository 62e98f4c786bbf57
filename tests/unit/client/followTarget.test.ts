import { describe, expect, it } from 'vitest'
import {
  breakAway,
  choosePerson,
  followTargetOf,
  NO_CHOICE,
  reconcileChoice,
  type FollowChoice,
  type FollowSituation,
  type FollowTarget,
} from '../../../client/follow/followTarget.ts'

const ME = 1
const ANA = 2
const MODERATOR = 3
const HERE = new Set([ME, ANA, MODERATOR])

function situation(patch: Partial<FollowSituation> = {}): FollowSituation {
  return {
    localId: ME,
    projector: false,
    spotlight: null,
    moderatorId: MODERATOR,
    isPresent: (id) => HERE.has(id),
    ...patch,
  }
}

const unlocked = { clientId: MODERATOR, locked: false }
const locked = { clientId: MODERATOR, locked: true }

describe('followTargetOf', () => {
  const cases: {
    name: string
    choice: FollowChoice
    situation: FollowSituation
    expected: FollowTarget | null
  }[] = [
    { name: 'nobody, by default', choice: NO_CHOICE, situation: situation(), expected: null },
    {
      name: 'the person chosen',
      choice: { person: ANA, leftSpotlight: null },
      situation: situation(),
      expected: { clientId: ANA, reason: 'person', locked: false },
    },
    {
      name: 'nobody when the person chosen left the board',
      choice: { person: ANA, leftSpotlight: null },
      situation: situation({ isPresent: (id) => id !== ANA }),
      expected: null,
    },
    {
      name: 'never oneself',
      choice: { person: ME, leftSpotlight: null },
      situation: situation(),
      expected: null,
    },
    {
      name: 'the moderator in the spotlight, before the person chosen',
      choice: { person: ANA, leftSpotlight: null },
      situation: situation({ spotlight: unlocked }),
      expected: { clientId: MODERATOR, reason: 'spotlight', locked: false },
    },
    {
      name: 'the person chosen after breaking away from an unlocked spotlight',
      choice: { person: ANA, leftSpotlight: MODERATOR },
      situation: situation({ spotlight: unlocked }),
      expected: { clientId: ANA, reason: 'person', locked: false },
    },
    {
      name: 'nobody after breaking away from an unlocked spotlight',
      choice: { person: null, leftSpotlight: MODERATOR },
      situation: situation({ spotlight: unlocked }),
      expected: null,
    },
    {
      name: 'a locked spotlight, whatever the person broke away from',
      choice: { person: ANA, leftSpotlight: MODERATOR },
      situation: situation({ spotlight: locked }),
      expected: { clientId: MODERATOR, reason: 'spotlight', locked: true },
    },
    {
      name: 'the person chosen, not a locked spotlight whose moderator left the board',
      choice: { person: ANA, leftSpotlight: null },
      situation: situation({ spotlight: locked, isPresent: (id) => id !== MODERATOR }),
      expected: { clientId: ANA, reason: 'person', locked: false },
    },
    {
      name: 'nobody for the moderator who holds the spotlight',
      choice: NO_CHOICE,
      situation: situation({ localId: MODERATOR, spotlight: locked }),
      expected: null,
    },
    {
      name: 'the moderator, for a projector without a spotlight',
      choice: NO_CHOICE,
      situation: situation({ projector: true }),
      expected: { clientId: MODERATOR, reason: 'projector', locked: true },
    },
    {
      name: 'the spotlight, for a projector, before the moderator it found',
      choice: NO_CHOICE,
      situation: situation({ projector: true, spotlight: { clientId: ANA, locked: false } }),
      expected: { clientId: ANA, reason: 'projector', locked: true },
    },
    {
      name: 'the moderator it found, for a projector whose spotlight holder left',
      choice: NO_CHOICE,
      situation: situation({ projector: true, spotlight: { clientId: 9, locked: true } }),
      expected: { clientId: MODERATOR, reason: 'projector', locked: true },
    },
    {
      name: 'nobody, for a projector with no moderator on the board',
      choice: { person: ANA, leftSpotlight: null },
      situation: situation({ projector: true, moderatorId: undefined }),
      expected: null,
    },
  ]
  for (const { name, choice, situation: s, expected } of cases) {
    it(`follows ${name}`, () => expect(followTargetOf(choice, s)).toEqual(expected))
  }
})

describe('breakAway', () => {
  it('stops following a person', () => {
    const choice = { person: ANA, leftSpotlight: null }
    const target = followTargetOf(choice, situation())
    expect(breakAway(choice, target)).toEqual(NO_CHOICE)
  })

  it('leaves an unlocked spotlight, which then is followed no more', () => {
    const s = situation({ spotlight: unlocked })
    const next = breakAway(NO_CHOICE, followTargetOf(NO_CHOICE, s))
    expect(next).toEqual({ person: null, leftSpotlight: MODERATOR })
    expect(followTargetOf(next, s)).toBeNull()
  })

  it('changes nothing under a locked spotlight or on a projector', () => {
    for (const s of [situation({ spotlight: locked }), situation({ projector: true })]) {
      const target = followTargetOf(NO_CHOICE, s)
      expect(target?.locked).toBe(true)
      expect(breakAway(NO_CHOICE, target)).toBe(NO_CHOICE)
    }
  })

  it('changes nothing when nobody is followed', () => {
    expect(breakAway(NO_CHOICE, null)).toBe(NO_CHOICE)
  })
})

describe('choosePerson', () => {
  it('under an unlocked spotlight, is breaking away from it', () => {
    const s = situation({ spotlight: unlocked })
    const next = choosePerson(NO_CHOICE, ANA, s.spotlight)
    expect(followTargetOf(next, s)).toEqual({ clientId: ANA, reason: 'person', locked: false })
  })

  it('under a locked spotlight, waits until it is released', () => {
    const next = choosePerson(NO_CHOICE, ANA, locked)
    expect(followTargetOf(next, situation({ spotlight: locked }))?.clientId).toBe(MODERATOR)
    expect(followTargetOf(next, situation())?.clientId).toBe(ANA)
  })
})

describe('reconcileChoice', () => {
  it('forgets the spotlight left once it is released, so that the next one catches the person again', () => {
    const left = { person: null, leftSpotlight: MODERATOR }
    const released = reconcileChoice(left, null)
    expect(released).toEqual(NO_CHOICE)
    expect(followTargetOf(released, situation({ spotlight: unlocked }))?.clientId).toBe(MODERATOR)
  })

  it('keeps the same choice while the spotlight holds, or when there is nothing to forget', () => {
    const left = { person: ANA, leftSpotlight: MODERATOR }
    expect(reconcileChoice(left, unlocked)).toBe(left)
    const chosen = { person: ANA, leftSpotlight: null }
    expect(reconcileChoice(chosen, null)).toBe(chosen)
  })
})
