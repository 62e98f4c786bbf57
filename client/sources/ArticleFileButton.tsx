/** A button that picks an article file of any kind the import endpoint reads (SPEC SR5, SR8). */
import type { ReactNode } from 'react'

/** What the file picker offers: every kind the import endpoint reads. */
export const ARTICLE_FILE_ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf'

export interface ArticleFileButtonProps {
  children: ReactNode
  /** An import is running: no other file can be picked. */
  busy: boolean
  onFile(file: File): void
  testId: string
}

export function ArticleFileButton({ children, busy, onFile, testId }: ArticleFileButtonProps) {
  return (
    <label className={`button manage-file${busy ? ' is-disabled' : ''}`}>
      {children}
      <input
        type="file"
        className="visually-hidden"
        accept={ARTICLE_FILE_ACCEPT}
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Cleared so that picking the same file again imports it again.
          event.target.value = ''
          if (file) onFile(file)
        }}
        data-testid={testId}
      />
    </label>
  )
}
