/** A modal dialog on the native <dialog> element, which brings focus trapping and Escape. */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './dialog.css'

interface DialogProps {
  title: string
  onClose?: () => void
  children: ReactNode
  testId?: string
  wide?: boolean
}

const FIRST_FIELD =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])'

/** Where focus goes when the dialog opens: the element marked `data-autofocus`, else the first field. */
function focusTargetIn(dialog: HTMLDialogElement): HTMLElement | null {
  return (
    dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FIRST_FIELD)
  )
}

/**
 * Mark the field to start in with `data-autofocus`, not `autoFocus`: showModal runs after React's
 * autofocus and would move focus to the close button. Closing gives focus back to the opener.
 */
export function Dialog({ title, onClose, children, testId, wide }: DialogProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  // Read while rendering, before any field in the dialog can take focus during the commit.
  const [opener] = useState(() => document.activeElement)
  // NOTE: a layout effect, so that its cleanup runs while the <dialog> is still in the document.
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    focusTargetIn(dialog)?.focus()
    return () => {
      dialog.close()
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [opener])
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-label={title}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault()
        onClose?.()
      }}
    >
      <header className="dialog-header">
        <h2>{title}</h2>
        {onClose && (
          <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
            ✕
          </button>
        )}
      </header>
      {children}
    </dialog>
  )
}
