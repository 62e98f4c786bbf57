/** Changes the name and colour of someone already on the board, and the bull/bear colours. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { chooseStanceColors, currentStanceColors } from '../ui/stanceColors.ts'
import { Dialog } from '../ui/Dialog.tsx'
import type { Profile } from './identity.ts'
import { ProfileForm } from './ProfileForm.tsx'
import { StanceColorsField } from './StanceColorsField.tsx'

interface ProfileDialogProps {
  profile: Profile
  onSave(profile: Profile): void
  onClose(): void
}

export function ProfileDialog({ profile, onSave, onClose }: ProfileDialogProps) {
  const { t, i18n } = useTranslation()
  const [stanceColors, setStanceColors] = useState(() => currentStanceColors(i18n.language))
  // Only a choice the person made is remembered; untouched, the colours keep following the language.
  const [colorsChosen, setColorsChosen] = useState(false)
  const save = (changed: Profile) => {
    if (colorsChosen) chooseStanceColors(stanceColors, i18n.language)
    onSave(changed)
  }
  return (
    <Dialog title={t('profile.title')} onClose={onClose} testId="profile-dialog">
      <ProfileForm
        initial={profile}
        keepColor
        submitLabel={t('profile.save')}
        onSubmit={save}
        onCancel={onClose}
      >
        <StanceColorsField
          value={stanceColors}
          onChange={(value) => {
            setStanceColors(value)
            setColorsChosen(true)
          }}
        />
        <p className="join-note" data-testid="profile-history-note">
          {t('profile.historyNote')}
        </p>
      </ProfileForm>
    </Dialog>
  )
}
