/** RP2, RP3: when a periodic replay snapshot is due, and which snapshots go past the limit. */
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../../server/config.ts'
import {
  periodicSnapshotDue,
  snapshotsToThin,
  type ThinnedSnapshot,
} from '../../../server/replay/replayPolicy.ts'

const MINUTE = 60_000

describe('[RP2] a periodic replay snapshot is due only when the board changed and the interval passed', () => {
  it.each([
    {
      rule: 'nothing changed: none, however long ago the last',
      changed: false,
      now: 60 * MINUTE,
      lastAt: 0,
      due: false,
    },
    {
      rule: 'nothing changed and no snapshot yet: none',
      changed: false,
      now: 60 * MINUTE,
      lastAt: undefined,
      due: false,
    },
    { rule: 'changed, no snapshot yet: one', changed: true, now: 1, lastAt: undefined, due: true },
    {
      rule: 'changed, the interval passed exactly: one',
      changed: true,
      now: 3 * MINUTE,
      lastAt: 0,
      due: true,
    },
    {
      rule: 'changed, the interval passed long ago: one',
      changed: true,
      now: 30 * MINUTE,
      lastAt: 0,
      due: true,
    },
    {
      rule: 'changed, a phase snapshot was taken a moment ago: none yet',
      changed: true,
      now: 3 * MINUTE - 1,
      lastAt: 0,
      due: false,
    },
  ])('[RP2] $rule', ({ changed, now, lastAt, due }) => {
    expect(periodicSnapshotDue({ changed, now, lastAt, intervalMs: 3 * MINUTE })).toBe(due)
  })
})

/** Snapshots from a compact spec: 'p' periodic, a phase id otherwise; seqs 1, 2, 3… */
function snapshots(spec: string): ThinnedSnapshot[] {
  return spec.split(' ').map((kind, i) => (kind === 'p' ? { seq: i + 1 } : { seq: i + 1, phaseId: kind }))
}

describe('[RP3] past the limit the oldest periodic snapshots go first, then the oldest phase ones, never the newest', () => {
  it.each([
    { rule: 'under the limit: none go', spec: 'p a p', limit: 5, gone: [] },
    { rule: 'at the limit: none go', spec: 'p a p', limit: 3, gone: [] },
    { rule: 'one over: the oldest periodic goes', spec: 'a p p b', limit: 3, gone: [2] },
    { rule: 'two over: the two oldest periodic go, phases stay', spec: 'p a p b p', limit: 3, gone: [1, 3] },
    { rule: 'only phases before the newest: the oldest phase goes', spec: 'a b c p', limit: 3, gone: [1] },
    { rule: 'periodic first, then phases, oldest first', spec: 'a b p c', limit: 1, gone: [3, 1, 2] },
    {
      rule: 'the newest stays even when it is periodic and the limit is 1',
      spec: 'a p',
      limit: 1,
      gone: [1],
    },
    { rule: 'a limit under 1 keeps the newest still', spec: 'p p', limit: 0, gone: [1] },
  ])('[RP3] $rule', ({ spec, limit, gone }) => {
    const all = snapshots(spec)
    expect(snapshotsToThin(all, limit)).toEqual(gone)
    // Mirror: the order snapshots are listed in does not change the choice.
    expect(snapshotsToThin([...all].reverse(), limit)).toEqual(gone)
    // Thinning what is left changes nothing more.
    const left = all.filter(({ seq }) => !gone.includes(seq))
    expect(snapshotsToThin(left, limit)).toEqual([])
  })
})

describe('replay settings', () => {
  it('[RP2] REPLAY_SNAPSHOT_INTERVAL_MS and REPLAY_SNAPSHOT_LIMIT default to 3 minutes and 200, and refuse what is no whole number', () => {
    expect(readConfig({}).replay).toEqual({ intervalMs: 180_000, limit: 200 })
    expect(readConfig({ REPLAY_SNAPSHOT_INTERVAL_MS: '60000', REPLAY_SNAPSHOT_LIMIT: '50' }).replay).toEqual({
      intervalMs: 60_000,
      limit: 50,
    })
    expect(() => readConfig({ REPLAY_SNAPSHOT_INTERVAL_MS: '0' })).toThrow(/REPLAY_SNAPSHOT_INTERVAL_MS/)
    expect(() => readConfig({ REPLAY_SNAPSHOT_LIMIT: 'many' })).toThrow(/REPLAY_SNAPSHOT_LIMIT/)
  })
})
