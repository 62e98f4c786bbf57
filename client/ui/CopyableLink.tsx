/** A read-only link field with a Copy button, and a hint to copy by hand when the browser will not. */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { copyFromInput, CopyResult } from './copyText.ts'
import './copyableLink.css'

interface CopyableLinkProps {
  link: string
  /** The field's accessible name, when no <label> around it gives one. */
  label?: string
  testId?: string
  copyTestId?: string
}

export function CopyableLink({ link, label, testId, copyTestId }: CopyableLinkProps) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [result, setResult] = useState<CopyResult>()
  useEffect(() => {
    if (result !== CopyResult.Copied) return
    const timer = setTimeout(() => setResult(undefined), 1_500)
    return () => clearTimeout(timer)
  }, [result])
  const copy = async () => {
    if (input.current) setResult(await copyFromInput(input.current))
  }
  return (
    <span className="copyable-link">
      <span className="link-row">
        <input
          ref={input}
          readOnly
          value={link}
          aria-label={label}
          onFocus={(event) => event.target.select()}
          data-testid={testId}
        />
        <button type="button" className="button" onClick={() => void copy()} data-testid={copyTestId}>
          {result === CopyResult.Copied ? t('common.copied') : t('common.copy')}
        </button>
      </span>
      {result === CopyResult.Manual && (
        <span className="copy-manual" role="status" data-testid={copyTestId && `${copyTestId}-manual`}>
          {t('common.copyManually')}
        </span>
      )}
    </span>
  )
}
