import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../ui/route.ts'
import './boardMessage.css'

interface BoardMessageProps {
  title: string
  message?: string
  busy?: boolean
  onRetry?: () => void
  /** The error's code, for tests and styles to tell one failure from another. */
  code?: string
  children?: ReactNode
}

/** A full-page state: loading, or an error with a way forward. Never a blank page. */
export function BoardMessage({ title, message, busy, onRetry, code, children }: BoardMessageProps) {
  const { t } = useTranslation()
  return (
    <main className="board-message" data-testid={busy ? 'board-loading' : 'board-error'} data-code={code}>
      <div className="board-message-card" role={busy ? 'status' : 'alert'}>
        {busy && <div className="spinner" aria-hidden="true" />}
        <h1>{title}</h1>
        {message && <p data-testid="board-error-message">{message}</p>}
        {children}
        {!busy && (
          <div className="board-message-actions">
            {onRetry && (
              <button type="button" className="button button-primary" onClick={onRetry} data-testid="retry">
                {t('common.retry')}
              </button>
            )}
            <button type="button" className="button" onClick={() => navigate('/')}>
              {t('common.home')}
            </button>
          </div>
        )}
      </div>
    </main>
  )
}
