/** RP8: where the replay timeline puts its phase marks and which phase labels each moment. */
import { describe, expect, it } from 'vitest'
import type { ReplaySnapshotInfo } from '../../../../shared/replay/replayApi.ts'
import { phaseAt, phaseMarks, stepIndex } from '../../../../client/replay/timeline.ts'

/** Snapshots from a compact spec: 'p' periodic, a phase id otherwise. */
function snapshots(spec: string): ReplaySnapshotInfo[] {
  return spec.split(' ').map((kind, i) => ({
    seq: i + 1,
    at: 1_000 * i,
    cards: i,
    links: 0,
    ...(kind === 'p' ? {} : { phaseId: kind }),
  }))
}

describe('replay timeline', () => {
  it('[RP8] puts a mark at each phase snapshot, its label laid inwards near either end', () => {
    expect(phaseMarks(snapshots('a p p p b'))).toEqual([
      { index: 0, phaseId: 'a', phaseName: undefined, percent: 0, align: 'start' },
      { index: 4, phaseId: 'b', phaseName: undefined, percent: 100, align: 'end' },
    ])
    expect(phaseMarks(snapshots('p a p'))).toMatchObject([{ index: 1, percent: 50, align: 'center' }])
    expect(phaseMarks(snapshots('a'))).toMatchObject([{ index: 0, percent: 0, align: 'start' }])
    expect(phaseMarks([])).toEqual([])
  })

  it.each([
    { rule: 'a phase snapshot belongs to its phase', spec: 'a p b', index: 2, phase: 'b' },
    {
      rule: 'a periodic snapshot belongs to the last phase begun before it',
      spec: 'a p p b',
      index: 2,
      phase: 'a',
    },
    { rule: 'before the first phase change there is none', spec: 'p p a', index: 1, phase: undefined },
    { rule: 'an index past the end reads the last', spec: 'a p', index: 9, phase: 'a' },
  ])('[RP8] $rule', ({ spec, index, phase }) => {
    expect(phaseAt(snapshots(spec), index)?.phaseId).toBe(phase)
  })

  it('[RP8] a step stays on the timeline', () => {
    expect(stepIndex(0, -1, 3)).toBe(0)
    expect(stepIndex(1, 1, 3)).toBe(2)
    expect(stepIndex(2, 1, 3)).toBe(2)
    expect(stepIndex(0, 1, 0)).toBe(0)
  })
})
