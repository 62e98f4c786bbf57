/** The "Add article" button with the dialog it opens, and the empty reader's invitation around it. */
import { useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { useNarrowScreen } from '../ui/useNarrowScreen.ts'
import { takeAddArticleRequest } from '../debate/addArticleRequest.ts'
import type { ArticleInput } from './articleDraft.ts'
import { AddArticleDialog } from './AddArticleDialog.tsx'
import './sources.css'

export interface AddArticleButtonProps {
  /** Saves the article for everyone and returns its id. */
  onSave(input: ArticleInput): string
  /** The article was added: show it. */
  onAdded(sourceId: string): void
  /** The prominent look of the empty reader's call to action. */
  primary?: boolean
}

export function AddArticleButton({ onSave, onAdded, primary }: AddArticleButtonProps) {
  const { t } = useTranslation('sources')
  // The empty reader's invitation opens at once when the landing page asked for it (its own articles).
  const [open, setOpen] = useState(() => primary === true && takeAddArticleRequest())
  // On a phone the tabs need the room: the button keeps its + and says its words to screen readers only.
  const narrow = useNarrowScreen()
  return (
    <>
      <button
        type="button"
        className={primary ? 'button button-primary' : 'add-article-button'}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="add-article"
      >
        <span aria-hidden="true">+</span>{' '}
        <span className={narrow && !primary ? 'visually-hidden' : undefined}>{t('addButton')}</span>
      </button>
      {/* In the body, not the reader: the empty reader is a live region and would read out every keystroke. */}
      {open &&
        createPortal(
          <AddArticleDialog onSave={onSave} onAdded={onAdded} onClose={() => setOpen(false)} />,
          document.body,
        )}
    </>
  )
}

/** What an empty reader says to someone who may add articles. */
export function AddArticleInvite(props: Omit<AddArticleButtonProps, 'primary'>) {
  const { t } = useTranslation('sources')
  return (
    <>
      <p>{t('invite')}</p>
      <AddArticleButton {...props} primary />
    </>
  )
}
