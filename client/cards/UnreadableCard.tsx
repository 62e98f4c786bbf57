/** What stands in for a card that cannot be shown: its stored data is malformed, or it failed to render. */
import { Handle, Position } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { CARD_WIDTH } from '../../shared/board/lanes.ts'

export function UnreadableCard({ id }: { id: string }) {
  const { t } = useTranslation()
  return (
    <article
      className="card card-unreadable"
      style={{ width: CARD_WIDTH }}
      data-testid="card-unreadable"
      data-card-id={id}
      role="note"
    >
      {/* The handles stay, so that links to this card are still drawn; nobody can start one here. */}
      <Handle id="left" type="source" position={Position.Left} isConnectable={false} />
      <span aria-hidden="true" className="card-unreadable-icon">
        ⚠
      </span>
      <span>{t('card.unreadable')}</span>
      <Handle id="right" type="source" position={Position.Right} isConnectable={false} />
    </article>
  )
}
