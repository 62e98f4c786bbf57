/**
 * An input that shows the shared value until focused, then the person's draft, and commits the
 * draft on Enter or when focus leaves; Escape puts the shared value back. It never overwrites what
 * the person is typing with a change that arrives meanwhile.
 */
import { useState, type InputHTMLAttributes } from 'react'

interface CommitInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'onFocus' | 'onBlur'
> {
  value: string
  /** Called with the draft when it differs from `value`. */
  onCommit(draft: string): void
}

export function CommitInput({ value, onCommit, onKeyDown, ...inputProps }: CommitInputProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft)
  }
  return (
    <input
      {...inputProps}
      value={draft ?? value}
      onFocus={() => setDraft(value)}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => {
        commit()
        setDraft(null)
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event)
        if (event.key === 'Enter') {
          event.preventDefault()
          commit()
        } else if (event.key === 'Escape' && draft !== value) {
          // The first Escape undoes the draft; the next one may close the panel.
          event.stopPropagation()
          setDraft(value)
        }
      }}
    />
  )
}
