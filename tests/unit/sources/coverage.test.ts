/** [SR6] Coverage of an article, one row per rule: runs of bull, bear, both and unused; next unused passage; team shares. */
import { describe, expect, it } from 'vitest'
import {
  coverageRuns,
  nextUnusedPassage,
  teamCoverage,
  type CitedRange,
  type CoverageRun,
} from '../../../shared/sources/coverage.ts'

const bull = (start: number, end: number, team?: string): CitedRange => ({ start, end, stance: 'bull', team })
const bear = (start: number, end: number, team?: string): CitedRange => ({ start, end, stance: 'bear', team })
const run = (start: number, end: number, kind: CoverageRun['kind']): CoverageRun => ({ start, end, kind })

describe('coverageRuns', () => {
  const rows: { name: string; length: number; ranges: CitedRange[]; runs: CoverageRun[] }[] = [
    {
      name: 'an article nobody cites is one unused run',
      length: 10,
      ranges: [],
      runs: [run(0, 10, 'unused')],
    },
    { name: 'an empty article has no run', length: 0, ranges: [], runs: [] },
    {
      name: 'a bull passage splits the unused text around it',
      length: 10,
      ranges: [bull(2, 4)],
      runs: [run(0, 2, 'unused'), run(2, 4, 'bull'), run(4, 10, 'unused')],
    },
    {
      name: 'where bull and bear passages overlap the run is both',
      length: 10,
      ranges: [bull(0, 6), bear(4, 10)],
      runs: [run(0, 4, 'bull'), run(4, 6, 'both'), run(6, 10, 'bear')],
    },
    {
      name: 'touching passages of one side merge into one run',
      length: 6,
      ranges: [bear(0, 3), bear(3, 6)],
      runs: [run(0, 6, 'bear')],
    },
    {
      name: 'two cards on one passage are one run, and it stays theirs until both end',
      length: 8,
      ranges: [bull(1, 5), bull(2, 3)],
      runs: [run(0, 1, 'unused'), run(1, 5, 'bull'), run(5, 8, 'unused')],
    },
    {
      name: 'ranges beyond the text are clipped, empty ones ignored',
      length: 5,
      ranges: [bull(-3, 2), bear(4, 99), bull(3, 3)],
      runs: [run(0, 2, 'bull'), run(2, 4, 'unused'), run(4, 5, 'bear')],
    },
  ]
  for (const row of rows)
    it(`[SR6] ${row.name}`, () => {
      const runs = coverageRuns(row.length, row.ranges)
      expect(runs).toEqual(row.runs)
      // The mirror: the order of the ranges changes nothing.
      expect(coverageRuns(row.length, [...row.ranges].reverse())).toEqual(row.runs)
      // The runs cover the text exactly, in order.
      expect(runs.reduce((at, r) => (r.start === at ? r.end : -1), 0)).toBe(row.length)
    })
})

describe('nextUnusedPassage', () => {
  const text = 'Alpha beta. Gamma delta.\n \nEpsilon.'
  const runs = coverageRuns(text.length, [bull(0, 11), bear(12, 24)])
  it('[SR6] the next unused passage starts on words, skipping the spaces it begins with', () => {
    expect(nextUnusedPassage(text, runs, 0)).toEqual({ start: 27, end: text.length })
  })
  it('[SR6] a run of only spaces and punctuation is no passage', () => {
    const spaces = coverageRuns(text.length, [bull(0, 11), bear(12, 24), bull(27, 35)])
    expect(nextUnusedPassage(text, spaces, 0)).toBeUndefined()
  })
  it('[SR6] after the last unused passage it wraps round to the first', () => {
    const two = coverageRuns(text.length, [bull(6, 11)])
    expect(nextUnusedPassage(text, two, 0)).toEqual({ start: 0, end: 6 })
    expect(nextUnusedPassage(text, two, 1)).toEqual({ start: 12, end: text.length })
    expect(nextUnusedPassage(text, two, 12)).toEqual({ start: 0, end: 6 })
  })
})

describe('teamCoverage', () => {
  it('[SR6] each team’s share counts its own passages once, and the unused share what nobody cites', () => {
    const { teams, unused } = teamCoverage(100, [
      bull(0, 20, 'bull'),
      bull(10, 30, 'bull'),
      bear(20, 40, 'bear'),
      bull(90, 100),
    ])
    expect(teams.get('bull')).toBeCloseTo(0.3)
    expect(teams.get('bear')).toBeCloseTo(0.2)
    expect(teams.get('')).toBeCloseTo(0.1)
    expect(unused).toBeCloseTo(0.5)
  })
  it('[SR6] an empty article is nobody’s', () => {
    expect(teamCoverage(0, [bull(0, 1, 'bull')])).toEqual({ teams: new Map(), unused: 0 })
  })
})
