import { describe, expect, it } from 'vitest'
import { stepSummon } from '../../../client/follow/summon.ts'

const ME = 7
const MODERATOR = 3

describe('stepSummon', () => {
  const cases: {
    name: string
    lastSeq: number | undefined
    summon: { seq: number; clientId: number } | null
    expected: { lastSeq: number; jumpTo: number | null }
  }[] = [
    {
      name: 'a client that just opened the board remembers an old summon without jumping',
      lastSeq: undefined,
      summon: { seq: 4, clientId: MODERATOR },
      expected: { lastSeq: 4, jumpTo: null },
    },
    {
      name: 'a client that opened a board never summoned starts from zero',
      lastSeq: undefined,
      summon: null,
      expected: { lastSeq: 0, jumpTo: null },
    },
    {
      name: 'a new summon jumps to the summoner',
      lastSeq: 4,
      summon: { seq: 5, clientId: MODERATOR },
      expected: { lastSeq: 5, jumpTo: MODERATOR },
    },
    {
      name: 'the first summon of a board jumps',
      lastSeq: 0,
      summon: { seq: 1, clientId: MODERATOR },
      expected: { lastSeq: 1, jumpTo: MODERATOR },
    },
    {
      name: 'the same summon seen again (another session change) does not jump twice',
      lastSeq: 5,
      summon: { seq: 5, clientId: MODERATOR },
      expected: { lastSeq: 5, jumpTo: null },
    },
    {
      name: 'the summoner does not jump to themselves',
      lastSeq: 5,
      summon: { seq: 6, clientId: ME },
      expected: { lastSeq: 6, jumpTo: null },
    },
    {
      name: 'a lower number starts a new series without jumping to it',
      lastSeq: 9,
      summon: { seq: 2, clientId: MODERATOR },
      expected: { lastSeq: 2, jumpTo: null },
    },
  ]
  for (const { name, lastSeq, summon, expected } of cases) {
    it(name, () => expect(stepSummon(lastSeq, summon, ME)).toEqual(expected))
  }

  it('jumps once per summon over a run of session changes', () => {
    const seen = [
      null,
      { seq: 1, clientId: MODERATOR },
      { seq: 1, clientId: MODERATOR },
      { seq: 2, clientId: MODERATOR },
    ]
    let lastSeq: number | undefined
    const jumps: (number | null)[] = []
    for (const summon of [null, ...seen]) {
      const step = stepSummon(lastSeq, summon, ME)
      lastSeq = step.lastSeq
      jumps.push(step.jumpTo)
    }
    expect(jumps).toEqual([null, null, MODERATOR, null, MODERATOR])
  })
})
