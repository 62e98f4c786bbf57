/** The progress of a slow import: the file's upload as a bar, then "Reading the article…". */
import { useTranslation } from 'react-i18next'
import type { ImportState } from './useImport.ts'

export function ImportProgressLine({ state }: { state: ImportState }) {
  const { t } = useTranslation('sources')
  if (state.status === 'error')
    return (
      <p className="field-error" role="alert" data-testid="import-error">
        {state.message}
      </p>
    )
  if (state.status !== 'busy' || !state.progress) return null
  const { progress } = state
  const percent = progress.stage === 'uploading' ? Math.round(progress.fraction * 100) : undefined
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      {percent !== undefined ? (
        <>
          <progress max={100} value={percent} />
          <span>{t('uploading', { percent })}</span>
        </>
      ) : (
        <>
          <progress />
          <span>{t('reading')}</span>
        </>
      )}
    </div>
  )
}
