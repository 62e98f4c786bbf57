/** While a card is being re-pointed (SPEC SR4): what to do, and the button that points it at the selection. */
import { useTranslation } from 'react-i18next'

export interface RepointBarProps {
  /** A passage is selected in the article. */
  ready: boolean
  onPoint(): void
  onCancel(): void
}

export function RepointBar({ ready, onPoint, onCancel }: RepointBarProps) {
  const { t } = useTranslation('sources')
  return (
    <div className="reader-repoint" role="status" data-testid="reader-repoint">
      <span>{t('repointHint')}</span>
      <button
        type="button"
        className="button button-primary"
        disabled={!ready}
        // Keep the selection: a pressed button would otherwise take the focus and the selection with it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onPoint}
        data-testid="repoint-here"
      >
        {t('repointHere')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('repointCancel')}
      </button>
    </div>
  )
}
