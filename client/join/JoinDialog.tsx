/** Asks for a display name and a colour before entering a board; the team comes from the link. */
import { useTranslation } from 'react-i18next'
import { Dialog } from '../ui/Dialog.tsx'
import type { Profile } from './identity.ts'
import { ProfileForm } from './ProfileForm.tsx'

interface JoinDialogProps {
  boardTitle: string
  initial: Profile | undefined
  onJoin(profile: Profile): void
}

export function JoinDialog({ boardTitle, initial, onJoin }: JoinDialogProps) {
  const { t } = useTranslation()
  return (
    <Dialog title={t('join.title', { title: boardTitle })} testId="join-dialog">
      <ProfileForm initial={initial} submitLabel={t('join.submit')} onSubmit={onJoin} />
    </Dialog>
  )
}
