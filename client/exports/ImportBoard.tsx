/**
 * The landing page's "Import a board file": posts a board's export.json as a new board, remembers its
 * links as a board created here is remembered, and opens it with the moderator link.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { rememberBoardLinks } from '../landing/boardLinksStore.ts'
import { navigate, toBoardPath } from '../ui/route.ts'
import { formatBytes } from './exportKinds.ts'
import { IMPORT_BODY_LIMIT_BYTES } from '../../shared/exports/boardExport.ts'
import { ImportFileError, importBoardFile } from './importBoardFile.ts'
import { refusalReason } from './refusalReason.ts'
import './exports.css'

type ImportState =
  { status: 'idle' } | { status: 'busy'; fileName: string } | { status: 'error'; message: string }

export function ImportBoard() {
  const { t } = useTranslation('exports')
  const { t: tCommon } = useTranslation()
  const [state, setState] = useState<ImportState>({ status: 'idle' })

  const reasonOf = (error: unknown): string => {
    if (error instanceof ImportFileError)
      return error.problem === 'notJson'
        ? t('importNotJson')
        : t('importTooLarge', { size: formatBytes(IMPORT_BODY_LIMIT_BYTES) })
    return refusalReason(tCommon, error)
  }

  const importFile = async (file: File) => {
    setState({ status: 'busy', fileName: file.name })
    try {
      const board = await importBoardFile(file)
      rememberBoardLinks(board)
      navigate(toBoardPath(board.links.moderate))
    } catch (error) {
      setState({
        status: 'error',
        message: t('importFailed', { fileName: file.name, reason: reasonOf(error) }),
      })
    }
  }

  return (
    <section className="landing-panel import-board" data-testid="import-board">
      <h2>{t('importTitle')}</h2>
      <p>{t('importText')}</p>
      <label className="field">
        <span>{t('importChoose')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={state.status === 'busy'}
          onChange={(event) => {
            const file = event.target.files?.[0]
            // Cleared so that choosing the same file again, once fixed, imports it again.
            event.target.value = ''
            if (file) void importFile(file)
          }}
          data-testid="import-file"
        />
      </label>
      {state.status === 'busy' && (
        <p role="status" data-testid="import-status">
          {t('importing', { fileName: state.fileName })}
        </p>
      )}
      {state.status === 'error' && (
        <p className="field-error" role="alert" data-testid="import-error">
          {state.message}
        </p>
      )}
    </section>
  )
}
