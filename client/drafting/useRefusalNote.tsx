/**
 * A control that the rules refuse now stays visible and says why: a tooltip, and a description that
 * screen readers read with it. It stays focusable (aria-disabled, not disabled), so that a keyboard
 * user reaches it and hears the reason too.
 */
import './drafting.css'
import { useId, type ReactNode } from 'react'

export interface RefusalNote {
  /** Spread on the control: aria-disabled, title and aria-describedby while refused. */
  controlProps: { 'aria-disabled'?: true; title?: string; 'aria-describedby'?: string }
  /** Rendered beside the control: the hidden sentence it is described by. */
  note: ReactNode
}

export function useRefusalNote(reason: string | undefined): RefusalNote {
  const id = useId()
  if (!reason) return { controlProps: {}, note: null }
  return {
    controlProps: { 'aria-disabled': true, title: reason, 'aria-describedby': id },
    note: (
      <span id={id} hidden data-testid="refusal-note">
        {reason}
      </span>
    ),
  }
}
