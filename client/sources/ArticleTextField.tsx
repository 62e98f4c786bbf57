/** The article's text: pasted into the textarea, or read from a chosen or dropped .txt or .md file. */
import { useId, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../shared/board/schema.ts'
import type { FieldProblem } from './articleDraft.ts'
import { describedBy, FieldMessage } from './FieldMessage.tsx'
import { checkTextFile, hasUndecodableBytes, readTextFile, TEXT_FILE_ACCEPT } from './readTextFile.ts'

interface ArticleTextFieldProps {
  text: string
  problem: FieldProblem | undefined
  onText(text: string): void
  /** A file was read: its text and its name without the extension. */
  onFile(text: string, baseName: string): void
}

interface FileState {
  name?: string
  problem?: FieldProblem
  warning?: FieldProblem
}

export function ArticleTextField({ text, problem, onText, onFile }: ArticleTextFieldProps) {
  const { t } = useTranslation('sources')
  const id = useId()
  const [file, setFile] = useState<FileState>({})
  const overLimit = text.length > LIMITS.sourceTextLength
  const shownProblem = file.problem ?? problem

  const load = async (chosen: File) => {
    const refusal = checkTextFile(chosen)
    if (refusal) return setFile({ problem: refusal })
    try {
      const read = await readTextFile(chosen)
      setFile({ name: chosen.name, warning: hasUndecodableBytes(read) ? { key: 'fileNotUtf8' } : undefined })
      onFile(read, chosen.name.replace(/\.[^.]+$/, ''))
    } catch {
      setFile({ problem: { key: 'fileUnreadable', values: { name: chosen.name } } })
    }
  }

  // Unhandled, a file dropped on the page would make the browser navigate away to show it.
  const onDrop = (event: DragEvent) => {
    const dropped = event.dataTransfer.files[0]
    if (!dropped) return
    event.preventDefault()
    void load(dropped)
  }

  return (
    <div className="field article-text">
      <label htmlFor={`${id}-text`}>
        <span>{t('textLabel')}</span>
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={10}
        placeholder={t('textPlaceholder')}
        spellCheck={false}
        aria-invalid={shownProblem !== undefined}
        aria-describedby={describedBy(`${id}-error`, shownProblem, `${id}-count`, `${id}-note`)}
        onChange={(event) => {
          setFile({})
          onText(event.target.value)
        }}
        onDragOver={(event) => {
          if (event.dataTransfer.types.includes('Files')) event.preventDefault()
        }}
        onDrop={onDrop}
        data-testid="article-text"
      />
      <div className="article-text-bar">
        <input
          id={`${id}-file`}
          type="file"
          accept={TEXT_FILE_ACCEPT}
          className="visually-hidden"
          onChange={(event) => {
            const chosen = event.target.files?.[0]
            event.target.value = ''
            if (chosen) void load(chosen)
          }}
          data-testid="article-file"
        />
        <label htmlFor={`${id}-file`} className="button article-file-button">
          {t('chooseFile')}
        </label>
        {file.name && <span className="article-file-name">{t('fileRead', { name: file.name })}</span>}
        <span
          id={`${id}-count`}
          className={overLimit ? 'article-count article-count-over' : 'article-count'}
          data-testid="article-char-count"
        >
          {t('charCount', { count: text.length, max: LIMITS.sourceTextLength })}
        </span>
      </div>
      <FieldMessage id={`${id}-error`} problem={shownProblem} />
      <FieldMessage id={`${id}-warning`} problem={file.warning} warning />
      <small id={`${id}-note`} className="article-hint">
        {t('keptExactly')}
      </small>
    </div>
  )
}
