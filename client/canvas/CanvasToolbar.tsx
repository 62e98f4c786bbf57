import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { useRefusalNote } from '../drafting/useRefusalNote.tsx'
import { useUndo } from '../sync/useUndo.ts'

interface CanvasToolbarProps {
  /** The undo history of the document the canvas writes (the board's, or the drafts'). */
  undoManager: Y.UndoManager
  readOnly: boolean
  canDelete: boolean
  /** Why some of the selection cannot be removed now (the debate's phase rules), if so. */
  deleteRefusal?: string
  onDelete(): void
  /** Adds a falsifier card ("what would change our mind"). */
  onAddFalsifier?: () => void
  /** Lays the argument trees out (Arrange). */
  onArrange?: () => void
}

/** Undo, redo, delete and Arrange, for those who do not use the keyboard. */
export function CanvasToolbar({
  undoManager,
  readOnly,
  canDelete,
  deleteRefusal,
  onDelete,
  onAddFalsifier,
  onArrange,
}: CanvasToolbarProps) {
  const { t } = useTranslation()
  const { t: tCanvas } = useTranslation('canvas')
  const { t: tDecision } = useTranslation('decision')
  const { canUndo, canRedo, undo, redo } = useUndo(undoManager)
  const refused = useRefusalNote(canDelete ? undefined : deleteRefusal)
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
        refused={refused}
      />
      {onArrange && (
        <button
          type="button"
          className="button"
          onClick={onArrange}
          title={tCanvas('arrangeHint')}
          data-testid="arrange"
        >
          <span aria-hidden="true">⊞</span> {tCanvas('arrange')}
        </button>
      )}
      {onAddFalsifier && (
        <button
          type="button"
          className="button"
          onClick={onAddFalsifier}
          title={tDecision('addFalsifierHint')}
          data-testid="add-falsifier"
        >
          <span aria-hidden="true">⚑</span> {tDecision('addFalsifier')}
        </button>
      )}
    </div>
  )
}

interface ToolbarButtonProps {
  icon: string
  label: string
  onClick(): void
  disabled: boolean
  testId: string
  refused?: ReturnType<typeof useRefusalNote>
}

function ToolbarButton({ icon, label, onClick, disabled, testId, refused }: ToolbarButtonProps) {
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={onClick}
        disabled={disabled}
        title={label}
        data-testid={testId}
        {...refused?.controlProps}
      >
        <span aria-hidden="true">{icon}</span> {label}
      </button>
      {refused?.note}
    </>
  )
}
