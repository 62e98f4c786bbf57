/** An argument card on the canvas: its stance, its live text, the excerpt it cites and its author. */
import { memo } from 'react'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { CARD_WIDTH } from '../../shared/board/lanes.ts'
import type { CardFlowNode } from '../canvas/toFlow.ts'
import { useBoardCanvas } from '../canvas/BoardCanvasContext.ts'
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx'
import { CardTextArea } from './CardTextArea.tsx'
import { QuoteChip } from './QuoteChip.tsx'
import { UnreadableCard } from './UnreadableCard.tsx'
import './cards.css'

const STANCE_ICON = { bull: '▲', bear: '▼' } as const

function CardNodeView({ id, data, selected }: NodeProps<CardFlowNode>) {
  const { t } = useTranslation()
  const { readOnly } = useBoardCanvas()
  const { card, sourceTitle } = data
  return (
    <article
      className={`card card-${card.stance}${selected ? ' card-selected' : ''}`}
      style={{ width: card.width ?? CARD_WIDTH }}
      data-testid="card"
      data-card-id={id}
      data-stance={card.stance}
    >
      <Handle id="left" type="source" position={Position.Left} isConnectable={!readOnly} />
      <header className="card-header">
        <span className="card-stance">
          <span aria-hidden="true">{STANCE_ICON[card.stance]}</span> {t(`stance.${card.stance}`)}
        </span>
        {card.authorName && (
          <span className="card-author">{t('card.byAuthor', { name: card.authorName })}</span>
        )}
      </header>
      <CardTextArea cardId={id} />
      {card.excerpt && <QuoteChip excerpt={card.excerpt} sourceTitle={sourceTitle} />}
      <Handle id="right" type="source" position={Position.Right} isConnectable={!readOnly} />
    </article>
  )
}

/**
 * A card, or the small error card in its place when its stored data is malformed or it throws while
 * rendering: one bad card must never blank the board.
 */
function SafeCardNode(props: NodeProps<CardFlowNode>) {
  const fallback = <UnreadableCard id={props.id} />
  if (props.data.card.unreadable) return fallback
  return (
    <ErrorBoundary fallback={fallback} resetKey={props.data.card}>
      <CardNodeView {...props} />
    </ErrorBoundary>
  )
}

export const CardNode = memo(SafeCardNode)
