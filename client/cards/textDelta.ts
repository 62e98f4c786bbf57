/** Keeping a caret in place while someone else edits the same text. */

/** One step of a Yjs text delta. */
export interface DeltaStep {
  retain?: number
  insert?: unknown
  delete?: number
}

/**
 * Where a caret at `index` lands after `delta`: text inserted or deleted before it moves it, text at
 * or after it does not, so another person typing right at our caret does not push it along.
 */
export function transformIndex(index: number, delta: readonly DeltaStep[]): number {
  let oldPosition = 0
  let shift = 0
  for (const step of delta) {
    if (oldPosition >= index) break
    if (step.retain !== undefined) {
      oldPosition += step.retain
    } else if (step.insert !== undefined) {
      shift += typeof step.insert === 'string' ? step.insert.length : 1
    } else if (step.delete !== undefined) {
      shift -= Math.min(step.delete, index - oldPosition)
      oldPosition += step.delete
    }
  }
  return Math.max(0, index + shift)
}
