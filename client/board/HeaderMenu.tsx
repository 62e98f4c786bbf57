/**
 * The header's secondary items folded into one menu on a phone-sized screen. Built on the popover
 * attribute, which brings light dismiss, Escape and the return of focus to the menu button.
 */
import { useId, type ReactNode } from 'react'

interface HeaderMenuProps {
  label: string
  /** Renders the items; `close` hides the menu first, so that a dialog opened next returns focus here. */
  children(close: () => void): ReactNode
}

export function HeaderMenu({ label, children }: HeaderMenuProps) {
  const id = useId()
  const buttonId = `${id}-button`
  // By id rather than by ref: `close` is handed to the items while rendering.
  const close = () => {
    const panel = document.getElementById(id)
    if (panel?.matches(':popover-open')) panel.hidePopover()
    document.getElementById(buttonId)?.focus()
  }
  return (
    <>
      <button
        id={buttonId}
        type="button"
        className="icon-button header-menu-button"
        popoverTarget={id}
        aria-label={label}
        title={label}
        data-testid="header-menu"
      >
        <span aria-hidden="true">⋯</span>
      </button>
      <div id={id} popover="auto" className="header-menu" data-testid="header-menu-panel">
        {children(close)}
      </div>
    </>
  )
}
