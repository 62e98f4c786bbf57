import { useTranslation } from 'react-i18next'
import { LinkKind } from '../../shared/board/schema.ts'

/** A key to the two kinds of link. */
export function LinkLegend() {
  const { t } = useTranslation()
  return (
    <div className="link-legend" data-testid="link-legend">
      <strong>{t('canvas.legendTitle')}</strong>
      {Object.values(LinkKind).map((kind) => (
        <span key={kind} className="link-legend-item">
          <svg width="36" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" className={`link-path link-${kind}`} />
            <path d="M28,1 L36,5 L28,9 Z" className={`link-arrow-${kind}`} />
          </svg>
          {t(`link.${kind}`)}
        </span>
      ))}
    </div>
  )
}
