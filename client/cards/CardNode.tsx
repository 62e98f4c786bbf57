/** An argument card on the canvas: its stance, its live text, the excerpt it cites and its author. */
import { memo, useDeferredValue } from 'react'
import { Handle, Position, useStore, type NodeProps } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { CARD_WIDTH } from '../../shared/board/lanes.ts'
import type { CardFlowNode } from '../canvas/toFlow.ts'
import { useBoardCanvas } from '../canvas/BoardCanvasContext.ts'
import { CARD_KEYS_DESCRIPTION_ID, useCardFocus } from '../canvas/cardFocus.ts'
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx'
import { CardAuthor, useAuthorText } from '../drafting/CardAuthor.tsx'
import { DraftBadge } from '../drafting/DraftBadge.tsx'
import { useDraftingCanvas } from '../drafting/DraftingContext.ts'
import { refusalText } from '../drafting/refusalText.ts'
import { CardTextArea } from './CardTextArea.tsx'
import { QuoteChip } from './QuoteChip.tsx'
import { UnreadableCard } from './UnreadableCard.tsx'
import { FalsifierBadge, ReviewDateField } from '../decision/FalsifierParts.tsx'
import { MindMarkButton } from '../decision/MindMarkButton.tsx'
import { CardTitle } from './CardTitle.tsx'
import { CardVote } from '../voting/CardVote.tsx'
import './cards.css'
import { STANCE_ICON, TITLE_ZOOM } from './cardLook.ts'

function CardNodeView({ id, data, selected }: NodeProps<CardFlowNode>) {
  const { t } = useTranslation()
  const { t: tDrafting } = useTranslation('drafting')
  const { readOnly, doc } = useBoardCanvas()
  const { rules, draftsDoc, authorOf } = useDraftingCanvas()
  const { card, sourceTitle, sourceUrl, orphaned, pages, draft = false } = data
  const author = authorOf(card)
  const authorText = useAuthorText(author)
  const editRefusal = rules.edit(card, draft)
  const connectable = !readOnly && rules.link(draft) === null && (rules.target === 'drafts') === draft
  // One tab stop for the whole canvas: this card's, or another's (see useCardKeyboard).
  const tabStop = useCardFocus((state) => state.tabStop === id)
  const linkSource = useCardFocus((state) => state.linkFrom === id)
  const classes = ['card', `card-${card.stance}`]
  if (selected) classes.push('card-selected')
  if (linkSource) classes.push('card-link-source')
  if (draft) classes.push('card-draft')
  const falsifier = card.kind === 'falsifier'
  if (falsifier) classes.push('card-falsifier')
  return (
    <article
      className={classes.join(' ')}
      style={{ width: card.width ?? CARD_WIDTH }}
      tabIndex={tabStop ? 0 : -1}
      aria-label={t('link.cardRef', { stance: t(`stance.${card.stance}`), name: authorText })}
      aria-describedby={CARD_KEYS_DESCRIPTION_ID}
      data-testid="card"
      data-card-id={id}
      data-stance={card.stance}
      data-draft={draft || undefined}
      data-kind={falsifier ? 'falsifier' : undefined}
    >
      <Handle id="left" type="source" position={Position.Left} isConnectable={connectable} />
      <header className="card-header">
        <span className="card-stance">
          <span aria-hidden="true">{STANCE_ICON[card.stance]}</span> {t(`stance.${card.stance}`)}
        </span>
        <CardAuthor label={author} />
      </header>
      {draft && <DraftBadge />}
      {falsifier && <FalsifierBadge />}
      <CardTextArea
        cardId={id}
        doc={draft ? draftsDoc : undefined}
        refusal={editRefusal ? refusalText(tDrafting, editRefusal) : undefined}
      />
      {card.excerpt && (
        <QuoteChip
          excerpt={card.excerpt}
          sourceTitle={sourceTitle}
          sourceUrl={sourceUrl}
          orphaned={orphaned}
          pages={pages}
        />
      )}
      {falsifier && (
        <ReviewDateField
          cardId={id}
          date={card.reviewDate}
          doc={readOnly || editRefusal ? undefined : draft ? draftsDoc : doc}
        />
      )}
      {!draft && <MindMarkButton cardId={id} />}
      {!draft && !falsifier && <CardVote cardId={id} />}
      <Handle id="right" type="source" position={Position.Right} isConnectable={connectable} />
    </article>
  )
}

/**
 * A card, or the small error card in its place when its stored data is malformed or it throws while
 * rendering: one bad card must never blank the board.
 */
function SafeCardNode(props: NodeProps<CardFlowNode>) {
  // Only crossing the threshold re-renders a card, not every step of a zoom; deferred, so that
  // switching every card on screen is rendered between frames instead of as one long frame.
  const far = useDeferredValue(useStore((state) => state.transform[2] < TITLE_ZOOM))
  const fallback = <UnreadableCard id={props.id} />
  if (props.data.card.unreadable) return fallback
  if (far) return <CardTitle card={props.data.card} />
  return (
    <ErrorBoundary fallback={fallback} resetKey={props.data.card}>
      <CardNodeView {...props} />
    </ErrorBoundary>
  )
}

export const CardNode = memo(SafeCardNode)
