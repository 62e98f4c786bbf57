/** The shared canvas: lanes, cards, links, cursors, and the gestures that edit them. */
import { useDeferredValue, useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react'
import {
  Background,
  ConnectionMode,
  Controls,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useTranslation } from 'react-i18next'
import type { BoardSnapshot } from '../sync/boardSnapshot.ts'
import type { BoardSession } from '../sync/BoardSession.ts'
import { PresenceCursors } from '../presence/PresenceCursors.tsx'
import { FollowViewport } from '../follow/FollowViewport.tsx'
import { useCanvasFollow } from '../follow/useCanvasFollow.ts'
import { CardNode } from '../cards/CardNode.tsx'
import { LaneNode } from './LaneNode.tsx'
import { LinkEdge } from './LinkEdge.tsx'
import { LinkLegend } from './LinkLegend.tsx'
import { LinkKindPopover, type PendingLink } from './LinkKindPopover.tsx'
import { CanvasToolbar } from './CanvasToolbar.tsx'
import { selectCards, toggleInSelection, type Selection } from './selection.ts'
import {
  applyViewChanges,
  CARD_ESTIMATED_HEIGHT,
  EMPTY_VIEW_STATE,
  endDrag,
  isLaneId,
  settledMoves,
  toLaneNodes,
  type BoardFlowNode,
  type LinkFlowEdge,
} from './toFlow.ts'
import { useCanvasCommands } from './useCanvasCommands.ts'
import { useNarrowScreen } from '../ui/useNarrowScreen.ts'
import { useToast } from '../ui/ToastProvider.tsx'
import { useFlowAriaLabels } from './flowLabels.ts'
import { useCardNodes, useLinkEdges } from './useFlowElements.ts'
import { CARD_KEYS_DESCRIPTION_ID, CardFocusContext, createCardFocusStore } from './cardFocus.ts'
import { useCardKeyboard, useTabStopFollowsCards } from './useCardKeyboard.ts'
import { LinkModeBanner } from './LinkModeBanner.tsx'
import { FarCardsEntry } from './FarCardsEntry.tsx'
import type { LinkKind } from '../../shared/board/schema.ts'
import { CARD_WIDTH } from '../../shared/board/lanes.ts'
import type { CanvasLayer, ShownDrafts } from '../drafting/useDrafting.ts'
import { useCanvasLayerRules } from '../drafting/useCanvasLayerRules.ts'
import { CanvasSearch } from './search/CanvasSearch.tsx'
import { useCardSearch } from './search/useCardSearch.ts'
import { useArrange } from './arrange/useArrange.ts'
import { BoardMiniMap } from './minimap/BoardMiniMap.tsx'
import { CardOverview } from './overview/CardOverview.tsx'
import { OVERVIEW_ZOOM } from './overview/overviewShapes.ts'
import { useRevealedCards } from './reveal/useRevealedCards.ts'
import './canvas.css'

const LIVE_MOVE_INTERVAL_MS = 50
/** From this many cards, the first view is not fit to the whole board but opens at BIG_BOARD_ZOOM. */
const BIG_BOARD_CARDS = 200
const BIG_BOARD_ZOOM = 0.6
/** How far out one can zoom: far enough on a big board for fit view to show 5,000 cards (in the overview). */
const MIN_ZOOM = 0.1
const BIG_BOARD_MIN_ZOOM = 0.02

const NO_NODES: BoardFlowNode[] = []
const NO_EDGES: LinkFlowEdge[] = []

const nodeTypes = { card: CardNode, lane: LaneNode }
const edgeTypes = { link: LinkEdge }
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control']

interface BoardCanvasProps {
  session: BoardSession
  snapshot: BoardSnapshot
  readOnly: boolean
  selection: Selection
  onSelectionChange(selection: Selection | ((current: Selection) => Selection)): void
  onHelp(): void
  /** Where edits go (the board, or drafts), with its own undo; the board when not given. */
  layer?: CanvasLayer
  /** Drafts shown over the board: a second source of cards and links, marked as private. */
  drafts?: Pick<ShownDrafts, 'cards' | 'links'>
  /** Shown over the canvas, under the toolbar (the drafts' banner and view switch). */
  overlay?: ReactNode
  /** Adds a falsifier card ("what would change our mind"); no button without it. */
  onAddFalsifier?: () => void
}

export function BoardCanvas({
  session,
  snapshot,
  readOnly,
  selection,
  onSelectionChange,
  onHelp,
  layer = session,
  drafts,
  overlay,
  onAddFalsifier,
}: BoardCanvasProps) {
  const { t } = useTranslation()
  const showToast = useToast()
  const narrow = useNarrowScreen()
  const { screenToFlowPosition, setCenter, getZoom } = useReactFlow()
  const [view, setView] = useState(EMPTY_VIEW_STATE)
  const [pendingLink, setPendingLink] = useState<PendingLink>()
  const lastLiveMoveAt = useRef(0)
  const containerRef = useRef<HTMLDivElement>(null)
  const rules = useCanvasLayerRules(snapshot, drafts, selection)
  const commands = useCanvasCommands({
    session: layer,
    // What the rules refuse to remove is left out of what Delete removes.
    selection: rules.removable,
    readOnly,
    pendingLink,
    containerRef,
    onSelectionChange,
    onHelp,
    setPendingLink,
  })
  const { cards, links, sources } = rules.all
  const [focusStore] = useState(createCardFocusStore)
  useTabStopFollowsCards(focusStore, cards)
  // The target card of a link made from the keyboard, which gets the focus back once the kind is chosen.
  const keyboardLinkTarget = useRef<string>(undefined)
  const keyboard = useCardKeyboard({
    cards,
    readOnly,
    selection,
    store: focusStore,
    containerRef,
    onSelectionChange,
    moveCards: (moves) => commands.moveCards(rules.movable(moves)),
    onLinkTarget: (from, to, point) => {
      keyboardLinkTarget.current = to
      setPendingLink({ from, to, ...point })
    },
  })
  const closeLinkPopover = (kind?: LinkKind) => {
    const refused = kind && rules.refuseLink(pendingLink)
    if (refused) showToast(refused)
    if (kind && !refused) commands.createLink(kind)
    else setPendingLink(undefined)
    const target = keyboardLinkTarget.current
    keyboardLinkTarget.current = undefined
    if (target) keyboard.focusCard(target)
  }

  const search = useCardSearch(cards)
  const layerFlagsOf = rules.flagsOf
  const matched = search.matched
  // Search dims through the layer's flags, so only the cards whose dimming changed get a new node.
  const flagsOf = useMemo(
    () => (matched ? (id: string) => ({ ...layerFlagsOf(id), dimmed: !matched.has(id) }) : layerFlagsOf),
    [layerFlagsOf, matched],
  )
  const goToCard = (id: string) => {
    const card = cards.find((each) => each.id === id)
    if (!card) return
    const width = card.width ?? CARD_WIDTH
    const height = view.measured.get(id)?.height ?? CARD_ESTIMATED_HEIGHT
    // Close enough to read the card, never further away than the reader already was.
    void setCenter(card.x + width / 2, card.y + height / 2, { zoom: Math.max(getZoom(), 0.8), duration: 400 })
    onSelectionChange(selectCards([id]))
  }
  const arrange = useArrange({ cards, links, view, movable: rules.movable, moveCards: commands.moveCards })

  // NOTE: until React Flow knows its own size, it cannot tell which cards are on screen, and its
  // first fit would fit a 0x0 pane: the nodes wait for it (fitView stays queued until they come).
  const sized = useStore((state) => state.width > 0 && state.height > 0)
  // From far away the cards are drawn by CardOverview, not as nodes: only crossing re-renders here,
  // deferred, so that the wheel event that crosses it returns at once.
  const overview = useDeferredValue(useStore((state) => state.transform[2] < OVERVIEW_ZOOM))
  // A big board comes in chunks, nearest the first view first; the lanes span every card at once.
  const shown = useRevealedCards(cards, links, sized)
  const cardNodes = useCardNodes(shown.cards, sources, selection, view, flagsOf)
  const laneNodes = useMemo(() => toLaneNodes(cards, view), [cards, view])
  const nodes = useMemo<BoardFlowNode[]>(() => [...laneNodes, ...cardNodes], [laneNodes, cardNodes])
  const edges = useLinkEdges(shown.links, cards, selection)
  // A big board opens readable, at its middle, instead of thousands of cards too small to read.
  const [fitViewOptions] = useState(() => ({
    padding: 0.15,
    maxZoom: 1,
    ...(cards.length > BIG_BOARD_CARDS ? { minZoom: BIG_BOARD_ZOOM } : {}),
  }))
  const ariaLabelConfig = useFlowAriaLabels()
  const follow = useCanvasFollow()

  const onNodesChange = (changes: NodeChange<BoardFlowNode>[]) => {
    const zoom = getZoom()
    setView((current) => applyViewChanges(current, changes, zoom))
    commands.moveCards(rules.movable(settledMoves(changes)))
    onSelectionChange((current) =>
      changes.reduce(
        (next, change) =>
          change.type === 'select' && !isLaneId(change.id)
            ? toggleInSelection(next, 'cards', change.id, change.selected)
            : next,
        current,
      ),
    )
  }
  const onEdgesChange = (changes: EdgeChange<LinkFlowEdge>[]) =>
    onSelectionChange((current) =>
      changes.reduce(
        (next, change) =>
          change.type === 'select' ? toggleInSelection(next, 'links', change.id, change.selected) : next,
        current,
      ),
    )
  // Others watch a card travel, as in Miro, at most 20 times a second; startDrag and endDrag keep
  // the steps of one drag in one undo step.
  const onNodeDrag = (_event: unknown, _node: Node, dragged: Node[]) => {
    const now = performance.now()
    if (now - lastLiveMoveAt.current < LIVE_MOVE_INTERVAL_MS) return
    lastLiveMoveAt.current = now
    commands.moveCards(rules.movable(dragged.filter((node) => !isLaneId(node.id))))
  }
  // The drop itself reaches the document before this, through onNodesChange, as a settled move.
  const onNodeDragStop = (_event: unknown, _node: Node, dragged: Node[]) => {
    commands.endDrag()
    setView((current) =>
      endDrag(
        current,
        dragged.map((node) => node.id),
      ),
    )
  }
  const publishCursor = (event: PointerEvent) =>
    session.provider.awareness.setLocalStateField(
      'cursor',
      screenToFlowPosition({ x: event.clientX, y: event.clientY }),
    )

  return (
    <div
      ref={containerRef}
      className="board-canvas"
      data-testid="canvas"
      data-drafts={drafts ? 'true' : undefined}
      onPointerMove={publishCursor}
      onPointerLeave={() => session.provider.awareness.setLocalStateField('cursor', null)}
      onKeyDown={keyboard.onKeyDown}
      onFocus={keyboard.onFocus}
    >
      {/* NOTE: the banner below reads the store too; it must stay inside the provider. */}
      <CardFocusContext.Provider value={focusStore}>
        {/* Where the cards' tab stop would be, for when they are too far away to hold it. */}
        {cards.length > 0 && <FarCardsEntry store={focusStore} focusCard={keyboard.focusCard} />}
        <ReactFlow<BoardFlowNode, LinkFlowEdge>
          nodes={sized ? (overview ? laneNodes : nodes) : NO_NODES}
          edges={overview ? NO_EDGES : edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={commands.startDrag}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onConnectEnd={commands.onConnectEnd}
          connectionMode={ConnectionMode.Loose}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly && rules.linkRefusal === null}
          // The cards keep one tab stop and their own keys (useCardKeyboard) instead of React Flow's.
          nodesFocusable={false}
          edgesFocusable={false}
          disableKeyboardA11y
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          panOnScroll
          // A big board draws only the cards and links on screen (the minimap still shows them all).
          onlyRenderVisibleElements
          fitView
          fitViewOptions={fitViewOptions}
          minZoom={cards.length > BIG_BOARD_CARDS ? BIG_BOARD_MIN_ZOOM : MIN_ZOOM}
          maxZoom={2}
          defaultEdgeOptions={{ interactionWidth: 20 }}
          proOptions={{ hideAttribution: true }}
          ariaLabelConfig={ariaLabelConfig}
          {...follow.flowProps}
        >
          <Background gap={24} />
          {overview && <CardOverview cards={cards} links={links} />}
          {follow.viewControls && <Controls showInteractive={!narrow} />}
          {/* On a phone the minimap would hide a third of the board; pinch and drag find the way instead. */}
          {!narrow && follow.viewControls && <BoardMiniMap cards={cards} lanes={laneNodes} />}
          <Panel position="top-left" className="canvas-tools">
            <CanvasToolbar
              undoManager={layer.undoManager}
              readOnly={readOnly}
              canDelete={rules.removable.cards.size + rules.removable.links.size > 0}
              deleteRefusal={rules.removeRefusal}
              onDelete={commands.deleteSelection}
              onAddFalsifier={onAddFalsifier}
              onArrange={arrange}
            />
            {/* Under the toolbar, not beside it: a wide toolbar and the search would overlap. */}
            <CanvasSearch search={search} cards={cards} sources={sources} onGoTo={goToCard} />
          </Panel>
          {overlay}
          <Panel position="bottom-center">
            <LinkLegend />
          </Panel>
          {follow.cursors && <PresenceCursors awareness={session.provider.awareness} />}
          <FollowViewport />
        </ReactFlow>
        <p id={CARD_KEYS_DESCRIPTION_ID} hidden>
          {t('canvas.cardKeys')}
        </p>
        <LinkModeBanner />
      </CardFocusContext.Provider>
      {cards.length === 0 && (
        <div className="canvas-empty-hint" data-testid="empty-hint">
          {readOnly ? t('canvas.readOnlyHint') : t('canvas.emptyHint')}
        </div>
      )}
      {pendingLink && (
        <LinkKindPopover
          pending={pendingLink}
          onChoose={closeLinkPopover}
          onCancel={() => closeLinkPopover()}
        />
      )}
    </div>
  )
}
