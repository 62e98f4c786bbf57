import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import './dialog.css'

interface DialogProps {
  title: string
  onClose?: () => void
  children: ReactNode
  testId?: string
  wide?: boolean
}

/** A modal dialog on the native <dialog> element: focus trapping and Escape come with it. */
export function Dialog({ title, onClose, children, testId, wide }: DialogProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
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
