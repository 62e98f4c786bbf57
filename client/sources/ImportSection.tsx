/**
 * Importing an article through the server (SPEC SR8): a file of any kind it reads (.txt, .md, .html,
 * .pdf) or a web page it fetches, with progress past a second and the server's reason on failure.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleImporter } from './articleImportContext.ts'
import { ArticleFileButton } from './ArticleFileButton.tsx'
import { ImportProgressLine } from './ImportProgressLine.tsx'
import { useImport } from './useImport.ts'

export interface ImportSectionProps {
  importer: ArticleImporter
  onImported(sourceId: string): void
}

export function ImportSection({ importer, onImported }: ImportSectionProps) {
  const { t } = useTranslation('sources')
  const id = useId()
  const [url, setUrl] = useState('')
  const { state, run } = useImport()
  const busy = state.status === 'busy'
  const start = async (body: Parameters<ArticleImporter>[0]) => {
    const answer = await run((onProgress) => importer(body, onProgress))
    if (answer) onImported(answer.source.id)
  }
  return (
    <fieldset className="import-section" data-testid="import-section">
      <legend>{t('importLegend')}</legend>
      <ArticleFileButton busy={busy} onFile={(file) => void start({ file })} testId="import-file">
        {t('importFile')}
      </ArticleFileButton>
      <div className="import-url">
        <label htmlFor={`${id}-url`}>{t('importUrlLabel')}</label>
        <input
          id={`${id}-url`}
          type="url"
          value={url}
          placeholder="https://"
          onChange={(event) => setUrl(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
            // Enter here imports the page, not the pasted-text form around it.
            event.preventDefault()
            event.stopPropagation()
            if (url.trim() && !busy) void start({ url: url.trim() })
          }}
          data-testid="import-url"
        />
        <button
          type="button"
          className="button"
          disabled={busy || url.trim() === ''}
          onClick={() => void start({ url: url.trim() })}
          data-testid="import-url-go"
        >
          {t('importUrlButton')}
        </button>
      </div>
      <ImportProgressLine state={state} />
    </fieldset>
  )
}
