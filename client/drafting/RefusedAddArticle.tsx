/** "Add article" while the phase's rules refuse it: in view, off, and saying why. */
import { useTranslation } from 'react-i18next'
import { useNarrowScreen } from '../ui/useNarrowScreen.ts'
import { useRefusalNote } from './useRefusalNote.tsx'

export function RefusedAddArticle({ reason }: { reason: string }) {
  const { t } = useTranslation('sources')
  const { controlProps, note } = useRefusalNote(reason)
  // As the enabled button does: on a phone the tabs need the room, the words go to screen readers only.
  const narrow = useNarrowScreen()
  return (
    <>
      <button type="button" className="add-article-button" {...controlProps} data-testid="add-article">
        <span aria-hidden="true">+</span>{' '}
        <span className={narrow ? 'visually-hidden' : undefined}>{t('addButton')}</span>
      </button>
      {note}
    </>
  )
}
