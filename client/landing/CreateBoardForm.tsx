import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../shared/board/schema.ts'
import { createBoard, type CreatedBoard } from '../http/boardsApi.ts'
import { describeError } from '../ui/errorMessage.ts'

/** Title and motion of a new board; reports the created board's links. */
export function CreateBoardForm({ onCreated }: { onCreated(board: CreatedBoard): void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState('')
  const [motion, setMotion] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!title.trim()) {
      setError(t('landing.titleRequired'))
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      onCreated(await createBoard({ title: title.trim(), motion: motion.trim() }))
    } catch (cause) {
      setError(describeError(t, cause))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="create-board-form">
      <h2>{t('landing.createTitle')}</h2>
      <label className="field">
        <span>{t('landing.titleLabel')}</span>
        <input
          value={title}
          maxLength={LIMITS.titleLength}
          placeholder={t('landing.titlePlaceholder')}
          onChange={(event) => setTitle(event.target.value)}
          data-testid="board-title-input"
          required
        />
      </label>
      <label className="field">
        <span>{t('landing.motionLabel')}</span>
        <textarea
          value={motion}
          rows={3}
          maxLength={LIMITS.motionLength}
          placeholder={t('landing.motionPlaceholder')}
          onChange={(event) => setMotion(event.target.value)}
          data-testid="board-motion-input"
        />
      </label>
      {error && (
        <p className="field-error" role="alert" data-testid="create-board-error">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy} data-testid="create-board">
        {busy ? t('landing.creating') : t('landing.create')}
      </button>
    </form>
  )
}
