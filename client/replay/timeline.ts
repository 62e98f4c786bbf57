/** The replay timeline's arithmetic: where phase marks sit, which phase a moment belongs to, the next step. */
import type { ReplaySnapshotInfo } from '../../shared/replay/replayApi.ts'

/** A phase mark on the timeline: the snapshot taken as the phase began. */
export interface PhaseMark {
  index: number
  phaseId: string
  phaseName: string | undefined
  /** Where along the track, 0–100. */
  percent: number
}

/** The phase marks of a timeline, in order. */
export function phaseMarks(snapshots: readonly ReplaySnapshotInfo[]): PhaseMark[] {
  const last = Math.max(1, snapshots.length - 1)
  return snapshots.flatMap((snapshot, index) =>
    snapshot.phaseId === undefined
      ? []
      : [{ index, phaseId: snapshot.phaseId, phaseName: snapshot.phaseName, percent: (index / last) * 100 }],
  )
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
