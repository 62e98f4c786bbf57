/** The add-article form in a dialog: title, language, link and text, checked before anything is saved. */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../shared/board/schema.ts'
import { Dialog } from '../ui/Dialog.tsx'
import { describeError } from '../ui/errorMessage.ts'
import { checkArticle, problemsWhileTyping, type ArticleInput } from './articleDraft.ts'
import { ArticleTextField } from './ArticleTextField.tsx'
import { describedBy, FieldMessage } from './FieldMessage.tsx'
import { guessLanguage } from '../../shared/sources/guessLanguage.ts'
import { LanguageChoice } from './languageChoice.ts'
import { LanguageField } from './LanguageField.tsx'
import { useArticleImporter } from './articleImportContext.ts'
import { ImportSection } from './ImportSection.tsx'
import './sources.css'

export interface AddArticleDialogProps {
  /** Saves the article for everyone and returns its id; throws when the board refuses it. */
  onSave(input: ArticleInput): string
  onAdded(sourceId: string): void
  onClose(): void
}

export function AddArticleDialog({ onSave, onAdded, onClose }: AddArticleDialogProps) {
  const { t } = useTranslation('sources')
  const { t: tApp } = useTranslation()
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [title, setTitle] = useState('')
  const [url, setUrl] = useState('')
  const [text, setText] = useState('')
  const [picked, setPicked] = useState<LanguageChoice>()
  const [otherTag, setOtherTag] = useState('')
  const [attempts, setAttempts] = useState(0)
  const [saveError, setSaveError] = useState<string>()
  const importer = useArticleImporter()

  const guess = useMemo(() => guessLanguage(text), [text])
  const choice = picked ?? guess
  const language = choice === LanguageChoice.Other ? otherTag : choice
  const check = useMemo(() => checkArticle({ title, language, url, text }), [title, language, url, text])
  const allProblems = check.ok ? {} : check.problems
  const problems = attempts > 0 ? allProblems : problemsWhileTyping(allProblems)

  useEffect(() => {
    // After a refused submit, take the person to the first field to fix.
    if (attempts > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [attempts])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!check.ok) return setAttempts((count) => count + 1)
    try {
      onAdded(onSave(check.input))
      onClose()
    } catch (error) {
      setSaveError(describeError(tApp, error))
    }
  }

  return (
    <Dialog title={t('dialogTitle')} onClose={onClose} testId="add-article-dialog" wide>
      {importer && (
        <>
          <ImportSection
            importer={importer}
            onImported={(sourceId) => {
              onAdded(sourceId)
              onClose()
            }}
          />
          <p className="article-hint">{t('orPaste')}</p>
        </>
      )}
      <form
        ref={formRef}
        className="article-form"
        noValidate
        onSubmit={submit}
        onKeyDown={(event) => onFormKeyDown(event, formRef.current)}
      >
        <label className="field">
          <span>{t('titleLabel')}</span>
          <input
            data-autofocus
            value={title}
            maxLength={LIMITS.titleLength}
            placeholder={t('titlePlaceholder')}
            aria-invalid={problems.title !== undefined}
            aria-describedby={describedBy(`${id}-title`, problems.title)}
            onChange={(event) => setTitle(event.target.value)}
            data-testid="article-title"
          />
        </label>
        <FieldMessage id={`${id}-title`} problem={problems.title} />
        <LanguageField
          choice={choice}
          otherTag={otherTag}
          guessed={picked === undefined && text.length > 0}
          problem={problems.language}
          onChoice={setPicked}
          onOtherTag={setOtherTag}
        />
        <label className="field">
          <span>{t('urlLabel')}</span>
          <input
            type="url"
            value={url}
            placeholder="https://"
            aria-invalid={problems.url !== undefined}
            aria-describedby={describedBy(`${id}-url`, problems.url)}
            onChange={(event) => setUrl(event.target.value)}
            data-testid="article-url"
          />
        </label>
        <FieldMessage id={`${id}-url`} problem={problems.url} />
        <ArticleTextField
          text={text}
          problem={problems.text}
          onText={setText}
          onFile={(read, baseName) => {
            setText(read)
            setTitle((current) => current || baseName.slice(0, LIMITS.titleLength))
          }}
        />
        {saveError && (
          <p className="field-error" role="alert" data-testid="article-save-error">
            {saveError}
          </p>
        )}
        <footer className="article-actions">
          <small className="article-hint">{t('submitHint')}</small>
          <button type="button" className="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            aria-keyshortcuts="Control+Enter Meta+Enter"
            data-testid="article-save"
          >
            {t('save')}
          </button>
        </footer>
      </form>
    </Dialog>
  )
}

/** Ctrl/Cmd+Enter submits from anywhere; a plain Enter in a one-line input does not submit by accident. */
function onFormKeyDown(event: KeyboardEvent<HTMLFormElement>, form: HTMLFormElement | null) {
  // Enter also confirms a candidate in a Chinese input method; that keystroke belongs to the IME.
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault()
    form?.requestSubmit()
  } else if (event.target instanceof HTMLInputElement && event.target.type !== 'file') {
    event.preventDefault()
  }
}
