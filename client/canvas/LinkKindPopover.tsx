import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { LinkKind } from '../../shared/board/schema.ts'

export interface PendingLink {
  from: string
  to: string
  /** Where to show the popover, relative to the canvas. */
  x: number
  y: number
}

interface LinkKindPopoverProps {
  pending: PendingLink
  onChoose(kind: LinkKind): void
  onCancel(): void
}

/** Asks which kind a newly drawn link is. */
export function LinkKindPopover({ pending, onChoose, onCancel }: LinkKindPopoverProps) {
  const { t } = useTranslation()
  const firstButton = useRef<HTMLButtonElement>(null)
  useEffect(() => firstButton.current?.focus(), [])
  return (
    <div
      className="link-kind-popover"
      role="dialog"
      aria-label={t('canvas.chooseLinkKind')}
      style={{ left: pending.x, top: pending.y }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      data-testid="link-kind-popover"
    >
      <p>{t('canvas.chooseLinkKind')}</p>
      <div className="link-kind-actions">
        {Object.values(LinkKind).map((kind, index) => (
          <button
            key={kind}
            ref={index === 0 ? firstButton : undefined}
            type="button"
            className={`button link-kind-${kind}`}
            onClick={() => onChoose(kind)}
            data-testid={`link-kind-${kind}`}
          >
            {t(`link.${kind}`)}
          </button>
        ))}
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  )
}
