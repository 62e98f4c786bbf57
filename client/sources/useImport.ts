/** One import at a time over HTTP, with its progress and its error as state. */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BoardError } from '../../shared/errors.ts'
import type { ImportedAnswer, ImportProgress } from '../http/sourcesApi.ts'
import { describeError } from '../ui/errorMessage.ts'

/** How long an import runs before its progress shows: a quick one should not flash a bar. */
export const PROGRESS_DELAY_MS = 1_000

export type ImportState =
  | { status: 'idle' }
  | { status: 'busy'; progress: ImportProgress | undefined }
  | { status: 'done'; answer: ImportedAnswer }
  | { status: 'error'; message: string }

/** Runs `start` (an import with a progress callback), exposing its state; one at a time. */
export function useImport() {
  const { t } = useTranslation()
  const { t: tSources } = useTranslation('sources')
  const [state, setState] = useState<ImportState>({ status: 'idle' })
  const run = useCallback(
    async (start: (onProgress: (progress: ImportProgress) => void) => Promise<ImportedAnswer>) => {
      let latest: ImportProgress | undefined
      let shown = false
      setState({ status: 'busy', progress: undefined })
      const timer = setTimeout(() => {
        shown = true
        setState({ status: 'busy', progress: latest ?? { stage: 'reading' } })
      }, PROGRESS_DELAY_MS)
      try {
        const answer = await start((progress) => {
          latest = progress
          if (shown) setState({ status: 'busy', progress })
        })
        setState({ status: 'done', answer })
        return answer
      } catch (error) {
        // The translated code says what kind of failure; the server's own sentence says what to do.
        const reason = describeError(t, error)
        const detail = error instanceof BoardError ? error.message : ''
        setState({
          status: 'error',
          message: detail ? tSources('importFailed', { reason, detail }) : reason,
        })
        return undefined
      } finally {
        clearTimeout(timer)
      }
    },
    [t, tSources],
  )
  return { state, run }
}
