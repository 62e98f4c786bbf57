/** The replay timeline's arithmetic: where phase marks sit, which phase a moment belongs to, the next step. */
import type { ReplaySnapshotInfo } from '../../shared/replay/replayApi.ts'

/** A phase mark on the timeline: the snapshot taken as the phase began. */
export interface PhaseMark {
  index: number
  phaseId: string
  phaseName: string | undefined
  /** Where along the track, 0–100. */
  percent: number
  /** Which end of its label sits at the mark: near either end of the track, the label stays on it. */
  align: 'start' | 'center' | 'end'
}

/** Within this far (percent) from an end of the track, a mark's label is laid inwards from the mark. */
const EDGE_PERCENT = 12

/** The phase marks of a timeline, in order. */
export function phaseMarks(snapshots: readonly ReplaySnapshotInfo[]): PhaseMark[] {
  const last = Math.max(1, snapshots.length - 1)
  return snapshots.flatMap((snapshot, index) =>
    snapshot.phaseId === undefined
      ? []
      : [markAt(index, snapshot.phaseId, snapshot.phaseName, (index / last) * 100)],
  )
}

function markAt(index: number, phaseId: string, phaseName: string | undefined, percent: number): PhaseMark {
  const align = percent < EDGE_PERCENT ? 'start' : percent > 100 - EDGE_PERCENT ? 'end' : 'center'
  return { index, phaseId, phaseName, percent, align }
}

/**
 * The phase a snapshot belongs to: the last phase begun at or before it, or undefined before the
 * first phase change (a periodic snapshot records no phase of its own).
 */
export function phaseAt(
  snapshots: readonly ReplaySnapshotInfo[],
  index: number,
): Pick<PhaseMark, 'phaseId' | 'phaseName'> | undefined {
  for (let i = Math.min(index, snapshots.length - 1); i >= 0; i--) {
    const { phaseId, phaseName } = snapshots[i]!
    if (phaseId !== undefined) return { phaseId, phaseName }
  }
  return undefined
}

/** The index after a step of `by`, kept on the timeline. */
export function stepIndex(index: number, by: number, length: number): number {
  return Math.min(Math.max(index + by, 0), Math.max(length - 1, 0))
}
