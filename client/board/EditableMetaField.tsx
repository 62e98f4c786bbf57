/** The board title or motion in the header: plain text for most, click-to-rename for the moderator. */
import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { checkDraft, MAX_LENGTH, MetaField } from './metaDraft.ts'
import './moderatorControls.css'

interface EditableMetaFieldProps {
  field: MetaField
  value: string
  editable: boolean
  onSave(value: string): void
}

const TAG = { [MetaField.Title]: 'h1', [MetaField.Motion]: 'p' } as const

export function EditableMetaField({ field, value, editable, onSave }: EditableMetaFieldProps) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string>()
  const Tag = TAG[field]
  const testId = `board-${field}`
  if (draft !== undefined) {
    const close = () => setDraft(undefined)
    return <MetaEditor field={field} draft={draft} onDraft={setDraft} onSave={onSave} onClose={close} />
  }
  if (!editable) {
    if (!value) return null
    return (
      <Tag className={`board-${field}`} data-testid={testId} title={value}>
        {value}
      </Tag>
    )
  }
  return (
    <Tag className={`board-${field}`}>
      <button
        type="button"
        className={value ? 'meta-edit' : 'meta-edit meta-edit-empty'}
        onClick={() => setDraft(value)}
        title={t(`rename.${field}Hint`)}
        data-testid={testId}
      >
        {value || t('rename.addMotion')}
      </button>
    </Tag>
  )
}

interface MetaEditorProps {
  field: MetaField
  draft: string
  onDraft(draft: string): void
  onSave(value: string): void
  onClose(): void
}

/** The input while renaming: Enter or leaving it saves, Escape puts the old text back. */
function MetaEditor({ field, draft, onDraft, onSave, onClose }: MetaEditorProps) {
  const { t } = useTranslation()
  const [showRequired, setShowRequired] = useState(false)
  // Enter and Escape close the editor, and the input's unmounting may fire a blur that must not save again.
  const closed = useRef(false)
  const check = checkDraft(field, draft)
  const tooLong = !check.ok && check.problem === 'tooLong'
  const error = !check.ok && (tooLong || showRequired) ? t(`rename.${check.problem}`, { max: check.max }) : ''
  const errorId = `board-${field}-error`

  const commit = () => {
    if (closed.current) return
    if (!check.ok) {
      setShowRequired(true)
      return
    }
    closed.current = true
    onSave(check.value)
    onClose()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return
    if (event.key === 'Enter') {
      event.preventDefault()
      commit()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      closed.current = true
      onClose()
    }
  }
  return (
    <div className={`meta-editor meta-editor-${field}`}>
      <input
        autoFocus
        value={draft}
        aria-label={t(`rename.${field}Label`)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        placeholder={field === MetaField.Motion ? t('rename.motionPlaceholder') : undefined}
        onChange={(event) => onDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
        onFocus={(event) => event.target.select()}
        data-testid={`board-${field}-input`}
      />
      <span className="meta-editor-count" aria-hidden="true">
        {draft.trim().length}/{MAX_LENGTH[field]}
      </span>
      {error && (
        <p className="meta-editor-error" id={errorId} role="alert" data-testid={errorId}>
          {error}
        </p>
      )}
    </div>
  )
}
