/** Where an export is, and the line the menu shows for it (pure, so that each state is table-tested). */
import { formatBytes, type ExportKind } from './exportKinds.ts'

/** An image is drawn, then encoded; a server file arrives in bytes (its total when the server sends one). */
export type ExportStep =
  { step: 'download'; received: number; total?: number } | { step: 'render' } | { step: 'encode' }

export type ExportState =
  | { status: 'idle' }
  | ({ status: 'busy'; kind: ExportKind } & ExportStep)
  | { status: 'done'; kind: ExportKind; fileName: string }
  | { status: 'error'; kind: ExportKind; reason: string }

/** The words of a state, as an i18next key of the `exports` namespace and its values. */
export interface ProgressLine {
  key: string
  values: Record<string, string>
}

/** What the menu says about `state`: nothing when idle, else where the export is or how it ended. */
export function progressLineOf(state: ExportState, kindName: (kind: ExportKind) => string): ProgressLine[] {
  switch (state.status) {
    case 'idle':
      return []
    case 'done':
      return [{ key: 'saved', values: { fileName: state.fileName } }]
    case 'error':
      return [{ key: 'failed', values: { name: kindName(state.kind), reason: state.reason } }]
    case 'busy':
      return [{ key: 'downloading', values: { name: kindName(state.kind) } }, stepLineOf(state)]
  }
}

function stepLineOf(step: ExportStep): ProgressLine {
  if (step.step === 'render') return { key: 'stepRender', values: {} }
  if (step.step === 'encode') return { key: 'stepEncode', values: {} }
  const size = formatBytes(step.received)
  // A total of 0 or one smaller than what came is a wrong header, not a fraction to show.
  if (step.total && step.total >= step.received)
    return { key: 'receivedOf', values: { size, total: formatBytes(step.total) } }
  return { key: 'received', values: { size } }
}

/** The fraction done for a progress bar, or undefined when it cannot be known (no total, or an image's step). */
export function fractionOf(state: ExportState): number | undefined {
  if (state.status !== 'busy' || state.step !== 'download' || !state.total) return undefined
  return Math.min(1, state.received / state.total)
}
