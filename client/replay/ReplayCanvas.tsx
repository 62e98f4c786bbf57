/**
 * The board at a replay snapshot: its lanes, cards and links on a React Flow of its own, read-only —
 * nothing to drag, select, connect or type into. It never touches the live documents.
 */
import { memo, useMemo } from 'react'
import {
  Background,
  Controls,
  getBezierPath,
  Handle,
  Position,
  ReactFlow,
  ReactFlowProvider,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useTranslation } from 'react-i18next'
import { CARD_WIDTH } from '../../shared/board/lanes.ts'
import type { ReplayBoard } from '../../shared/replay/replayApi.ts'
import { LaneNode } from '../canvas/LaneNode.tsx'
import { EMPTY_SELECTION } from '../canvas/selection.ts'
import {
  EMPTY_VIEW_STATE,
  toCardNodes,
  toLaneNodes,
  toLinkEdges,
  type CardNodeData,
  type LaneFlowNode,
  type LinkFlowEdge,
} from '../canvas/toFlow.ts'
import { truncateText } from '../ui/truncateText.ts'
import { QUOTE_MAX_CHARS, STANCE_ICON } from '../cards/cardLook.ts'

type ReplayCardNode = Node<CardNodeData, 'replayCard'>
type ReplayNode = ReplayCardNode | LaneFlowNode

const nodeTypes = { replayCard: memo(ReplayCardView), lane: LaneNode }
const edgeTypes = { link: memo(ReplayLinkView) }

export function ReplayCanvas({ board }: { board: ReplayBoard }) {
  return (
    // Its own provider: the live canvas's React Flow store must not see these nodes.
    <ReactFlowProvider>
      <ReplayFlow board={board} />
    </ReactFlowProvider>
  )
}

function ReplayFlow({ board }: { board: ReplayBoard }) {
  const { t } = useTranslation('replay')
  const { cards, links, sources } = board
  const nodes = useMemo<ReplayNode[]>(
    () => [
      ...toLaneNodes(cards, EMPTY_VIEW_STATE),
      ...toCardNodes(cards, sources, EMPTY_SELECTION, EMPTY_VIEW_STATE).map((node): ReplayCardNode => ({
        ...node,
        type: 'replayCard',
        draggable: false,
        selectable: false,
      })),
    ],
    [cards, sources],
  )
  const edges = useMemo<LinkFlowEdge[]>(
    () => toLinkEdges(links, cards, EMPTY_SELECTION).map((edge) => ({ ...edge, selectable: false })),
    [links, cards],
  )
  return (
    <div className="replay-canvas" data-testid="replay-canvas" data-cards={cards.length}>
      <ReactFlow<ReplayNode, LinkFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        deleteKeyCode={null}
        panOnScroll
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
        minZoom={0.1}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
      </ReactFlow>
      {cards.length === 0 && (
        <div className="canvas-empty-hint" data-testid="replay-no-cards">
          {t('noCards')}
        </div>
      )}
    </div>
  )
}

/** A card as it was: stance, author, text and quote, none of it editable. */
function ReplayCardView({ data }: NodeProps<ReplayCardNode>) {
  const { t } = useTranslation()
  const { card, sourceTitle } = data
  return (
    <article
      className={`card card-${card.stance} replay-card`}
      style={{ width: card.width ?? CARD_WIDTH }}
      data-testid="replay-card"
      data-card-id={card.id}
      data-stance={card.stance}
    >
      {/* Where the links attach (toLinkEdges names these sides); nothing connects from here. */}
      <Handle
        id="left"
        type="source"
        position={Position.Left}
        isConnectable={false}
        className="replay-handle"
      />
      <header className="card-header">
        <span className="card-stance">
          <span aria-hidden="true">{STANCE_ICON[card.stance]}</span> {t(`stance.${card.stance}`)}
        </span>
        {card.authorName && <span className="card-author">{card.authorName}</span>}
      </header>
      <p className="replay-card-text">{card.text}</p>
      {card.excerpt && (
        <p className="card-quote replay-card-quote">
          <q className="card-quote-text">{truncateText(card.excerpt.quote, QUOTE_MAX_CHARS)}</q>
          <span className="card-quote-source">{sourceTitle ?? t('card.unknownSource')}</span>
        </p>
      )}
      <Handle
        id="right"
        type="source"
        position={Position.Right}
        isConnectable={false}
        className="replay-handle"
      />
    </article>
  )
}

/** A link as it was, drawn as the live canvas draws it, its kind labelled. */
function ReplayLinkView(props: EdgeProps<LinkFlowEdge>) {
  const { t } = useTranslation()
  const kind = props.data?.kind ?? 'supports'
  const [path, labelX, labelY] = getBezierPath(props)
  return (
    <>
      <path d={path} className={`link-path link-${kind}`} markerEnd={props.markerEnd} />
      <text x={labelX} y={labelY} className={`replay-link-label link-label-${kind}`} textAnchor="middle">
        {t(`link.${kind}`)}
      </text>
    </>
  )
}
