import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../shared/board/schema.ts'
import { createBoard, type CreatedBoard } from '../http/boardsApi.ts'
import { describeError } from '../ui/errorMessage.ts'
import { BoardSetupFields } from '../debate/BoardSetupFields.tsx'
import { DEFAULT_SETUP, toSetupRequest, type BoardSetup } from '../debate/boardSetup.ts'

/** Title, motion, format and articles of a new board; reports the created board's links and the setup. */
export function CreateBoardForm({ onCreated }: { onCreated(board: CreatedBoard, setup: BoardSetup): void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState('')
  const [motion, setMotion] = useState('')
  const [setup, setSetup] = useState(DEFAULT_SETUP)
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
      const input = { title: title.trim(), motion: motion.trim(), ...toSetupRequest(setup) }
      onCreated(await createBoard(input), setup)
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
      <BoardSetupFields value={setup} onChange={setSetup} />
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
