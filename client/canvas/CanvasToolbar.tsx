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
      <ToolbarButton icon="↶" label={t('canvas.undo')} onClick={undo} disabled={!canUndo} testId="undo" />
      <ToolbarButton icon="↷" label={t('canvas.redo')} onClick={redo} disabled={!canRedo} testId="redo" />
      <ToolbarButton
        icon="✕"
        label={t('canvas.deleteSelected')}
        onClick={onDelete}
        disabled={!canDelete}
        testId="delete-selected"
      />
    </div>
  )
}

interface ToolbarButtonProps {
  icon: string
  label: string
  onClick(): void
  disabled: boolean
  testId: string
}

function ToolbarButton({ icon, label, onClick, disabled, testId }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="button"
      onClick={onClick}
      disabled={disabled}
      title={label}
      data-testid={testId}
    >
      <span aria-hidden="true">{icon}</span> {label}
    </button>
  )
}
