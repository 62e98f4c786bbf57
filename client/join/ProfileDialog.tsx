/** Changes the name, side and colour of someone already on the board. */
import { useTranslation } from 'react-i18next'
import { Dialog } from '../ui/Dialog.tsx'
import type { Profile } from './identity.ts'
import { ProfileForm } from './ProfileForm.tsx'

interface ProfileDialogProps {
  profile: Profile
  onSave(profile: Profile): void
  onClose(): void
}

export function ProfileDialog({ profile, onSave, onClose }: ProfileDialogProps) {
  const { t } = useTranslation()
  return (
    <Dialog title={t('profile.title')} onClose={onClose} testId="profile-dialog">
      <ProfileForm
        initial={profile}
        keepColor
        submitLabel={t('profile.save')}
        onSubmit={onSave}
        onCancel={onClose}
      >
        <p className="join-note" data-testid="profile-history-note">
          {t('profile.historyNote')}
        </p>
      </ProfileForm>
    </Dialog>
  )
}
