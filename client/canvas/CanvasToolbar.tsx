import { useTranslation } from 'react-i18next'
import type { BoardSession } from '../sync/BoardSession.ts'
import { useUndo } from '../sync/useUndo.ts'

interface CanvasToolbarProps {
  session: BoardSession
  readOnly: boolean
  canDelete: boolean
  onDelete(): void
}

/** Undo, redo and delete, for those who do not use the keyboard. */
export function CanvasToolbar({ session, readOnly, canDelete, onDelete }: CanvasToolbarProps) {
  const { t } = useTranslation()
  const { canUndo, canRedo, undo, redo } = useUndo(session.undoManager)
  if (readOnly) return null
  return (
    <div className="canvas-toolbar" role="toolbar">
      <button
        type="button"
        className="button"
        onClick={undo}
        disabled={!canUndo}
        title={t('canvas.undo')}
        data-testid="undo"
      >
        <span aria-hidden="true">↶</span> {t('canvas.undo')}
      </button>
      <button
        type="button"
        className="button"
        onClick={redo}
        disabled={!canRedo}
        title={t('canvas.redo')}
        data-testid="redo"
      >
        <span aria-hidden="true">↷</span> {t('canvas.redo')}
      </button>
      <button
        type="button"
        className="button"
        onClick={onDelete}
        disabled={!canDelete}
        title={t('canvas.deleteSelected')}
        data-testid="delete-selected"
      >
        <span aria-hidden="true">✕</span> {t('canvas.deleteSelected')}
      </button>
    </div>
  )
}
