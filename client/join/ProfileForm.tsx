/**
 * The name and colour fields: one form for joining a board and for changing them afterwards. No side:
 * the team comes from the link, or from the moderator.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../shared/board/schema.ts'
import { PALETTE, type Profile } from './identity.ts'
import { colorOfDraft, profileFromDraft } from './profileDraft.ts'
import './join.css'

interface ProfileFormProps {
  initial: Profile | undefined
  /** Keeps the initial colour when the name changes: a person renaming themselves keeps their colour. */
  keepColor?: boolean
  submitLabel: string
  onSubmit(profile: Profile): void
  /** Shows a cancel button beside the submit button. */
  onCancel?(): void
  /** Shown between the fields and the buttons. */
  children?: ReactNode
}

export function ProfileForm({
  initial,
  keepColor,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: ProfileFormProps) {
  const { t } = useTranslation()
  const [name, setName] = useState(initial?.name ?? '')
  const [pickedColor, setPickedColor] = useState(keepColor ? initial?.color : undefined)
  const [error, setError] = useState<string>()
  const draft = { name, pickedColor }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const profile = profileFromDraft(draft, initial)
    if (profile) onSubmit(profile)
    else setError(t('join.nameRequired'))
  }

  return (
    <form onSubmit={submit} noValidate className="join-form">
      <label className="field">
        <span>{t('join.nameLabel')}</span>
        <input
          value={name}
          data-autofocus
          maxLength={LIMITS.nameLength}
          placeholder={t('join.namePlaceholder')}
          onChange={(event) => setName(event.target.value)}
          data-testid="join-name"
        />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ColorPicker color={colorOfDraft(draft, initial)} onChange={setPickedColor} />
      {children}
      <div className={onCancel ? 'join-actions' : undefined}>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} data-testid="join-cancel">
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="button button-primary join-submit" data-testid="join-submit">
          {submitLabel}
        </button>
      </div>
    </form>
  )
}

function ColorPicker({ color, onChange }: { color: string; onChange(color: string): void }) {
  const { t } = useTranslation()
  const group = useId()
  return (
    <fieldset className="join-fieldset">
      <legend>{t('join.colorLabel')}</legend>
      <div className="color-options">
        {PALETTE.map((option, index) => (
          <label key={option} className="color-option" style={{ background: option }}>
            <input
              type="radio"
              name={group}
              className="visually-hidden"
              checked={color === option}
              onChange={() => onChange(option)}
              aria-label={t('join.colorOption', { index: index + 1 })}
              data-testid={`join-color-${index}`}
            />
          </label>
        ))}
      </div>
    </fieldset>
  )
}
