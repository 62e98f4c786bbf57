import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

interface RetryCountdownProps {
  /** When the next attempt starts (ms since the epoch). */
  retryAt: number
  onRetryNow(): void
}

/** "Reconnecting in 5 s…" with a button to try at once: a refused or lost connection never waits silently. */
export function RetryCountdown({ retryAt, onRetryNow }: RetryCountdownProps) {
  const { t } = useTranslation()
  const seconds = useSecondsUntil(retryAt)
  return (
    <span className="retry-countdown" data-testid="retry-countdown">
      {t('status.retryIn', { seconds })}{' '}
      <button type="button" className="link-button" onClick={onRetryNow} data-testid="retry-now">
        {t('status.retryNow')}
      </button>
    </span>
  )
}

/** Whole seconds left until `at`, ticking once a second. */
function useSecondsUntil(at: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000)
    return () => clearInterval(timer)
  }, [at])
  return Math.max(0, Math.ceil((at - now) / 1_000))
}
