import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** Copies `text` to the clipboard and says so for a moment. */
export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), 1_500)
    return () => clearTimeout(timer)
  }, [copied])
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(() => setCopied(true))
  }
  return (
    <button type="button" className="button" onClick={copy} data-testid={testId}>
      {copied ? t('common.copied') : t('common.copy')}
    </button>
  )
}
