/** Asks for a display name, a side and a colour before entering a board. */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../shared/board/schema.ts'
import { Dialog } from '../ui/Dialog.tsx'
import { colorFromName, PALETTE, Team, type Profile } from './identity.ts'
import './join.css'

interface JoinDialogProps {
  boardTitle: string
  initial: Profile | undefined
  onJoin(profile: Profile): void
}

export function JoinDialog({ boardTitle, initial, onJoin }: JoinDialogProps) {
  const { t } = useTranslation()
  const [name, setName] = useState(initial?.name ?? '')
  const [team, setTeam] = useState<Team>(initial?.team ?? Team.Bull)
  const [pickedColor, setPickedColor] = useState<string>()
  const [error, setError] = useState<string>()
  const color = pickedColor ?? (initial && name === initial.name ? initial.color : colorFromName(name))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) {
      setError(t('join.nameRequired'))
      return
    }
    onJoin({ name: trimmed, team, color })
  }

  return (
    <Dialog title={t('join.title', { title: boardTitle })} testId="join-dialog">
      <form onSubmit={submit} noValidate className="join-form">
        <label className="field">
          <span>{t('join.nameLabel')}</span>
          <input
            value={name}
            autoFocus
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
        <TeamPicker team={team} onChange={setTeam} />
        <ColorPicker color={color} onChange={setPickedColor} />
        <button type="submit" className="button button-primary join-submit" data-testid="join-submit">
          {t('join.submit')}
        </button>
      </form>
    </Dialog>
  )
}

function TeamPicker({ team, onChange }: { team: Team; onChange(team: Team): void }) {
  const { t } = useTranslation()
  return (
    <fieldset className="join-fieldset">
      <legend>{t('join.sideLabel')}</legend>
      <div className="team-options">
        {Object.values(Team).map((option) => (
          <label key={option} className={`team-option team-${option}`}>
            <input
              type="radio"
              name="team"
              value={option}
              checked={team === option}
              onChange={() => onChange(option)}
              data-testid={`join-team-${option}`}
            />
            <span>{t(`team.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function ColorPicker({ color, onChange }: { color: string; onChange(color: string): void }) {
  const { t } = useTranslation()
  return (
    <fieldset className="join-fieldset">
      <legend>{t('join.colorLabel')}</legend>
      <div className="color-options">
        {PALETTE.map((option, index) => (
          <label key={option} className="color-option" style={{ background: option }}>
            <input
              type="radio"
              name="color"
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
