/** Maps a board snapshot and local view state to @xyflow/react nodes and edges. */
import { MarkerType, Position, type Edge, type Node, type NodeChange, type XYPosition } from '@xyflow/react'
import { CARD_WIDTH, columnOf, columnX, LANE_TOP, LANE_X } from '../../shared/board/lanes.ts'
import { AnchorStatus } from '../../shared/board/anchoring/anchorStatus.ts'
import { cachedAnchoring } from '../../shared/board/anchoring/anchoringCache.ts'
import type { Card, Link, LinkKind, Source, Stance } from '../../shared/board/schema.ts'
import { citedPages, type CitedPages } from '../../shared/sources/citedPages.ts'
import type { Selection } from './selection.ts'
import { TITLE_ZOOM } from '../cards/cardLook.ts'

export type CardNodeData = {
  card: Card
  sourceTitle: string | undefined
  /** The cited article's original page, when it has one. */
  sourceUrl?: string | undefined
  /** The card's excerpt is no longer found in its article's text. */
  orphaned?: boolean
  /** The PDF pages the passage is on, where the article has pages and the passage is found. */
  pages?: CitedPages
  /** The card is in a private drafts document, not on the board (client/drafting). */
  draft?: boolean
}
export type CardFlowNode = Node<CardNodeData, 'card'>
export type LaneFlowNode = Node<{ stance: Stance }, 'lane'>
export type BoardFlowNode = CardFlowNode | LaneFlowNode
export type LinkFlowEdge = Edge<{ kind: LinkKind }, 'link'>

/** View state xyflow reports that is not in the document: measured sizes and in-progress drags. */
export interface NodeViewState {
  measured: ReadonlyMap<string, { width: number; height: number }>
  dragging: ReadonlyMap<string, XYPosition>
}

export const EMPTY_VIEW_STATE: NodeViewState = { measured: new Map(), dragging: new Map() }

export const LANE_PADDING = 40
const LANE_MIN_HEIGHT = 900
const LANE_BOTTOM_SPACE = 400

export const laneNodeId = (stance: Stance) => `lane-${stance}`
export const isLaneId = (id: string) => id.startsWith('lane-')

/** The two lane backgrounds, wide enough for every column of cards and tall enough for the next card. */
export function toLaneNodes(cards: readonly Card[], view: NodeViewState): LaneFlowNode[] {
  let lowest = 0
  const columns: Record<Stance, number> = { bull: 0, bear: 0 }
  for (const card of cards) {
    lowest = Math.max(lowest, card.y)
    columns[card.stance] = Math.max(columns[card.stance], columnOf(card.stance, card.x))
  }
  const height = Math.max(LANE_MIN_HEIGHT, lowest + LANE_BOTTOM_SPACE)
  return (Object.keys(LANE_X) as Stance[]).map((stance) => {
    const outer = columnX(stance, columns[stance])
    const left = Math.min(LANE_X[stance], outer)
    const width = Math.abs(outer - LANE_X[stance]) + CARD_WIDTH + 2 * LANE_PADDING
    return withMeasured(view, {
      id: laneNodeId(stance),
      type: 'lane',
      position: { x: left - LANE_PADDING, y: LANE_TOP - 2 * LANE_PADDING },
      data: { stance },
      width,
      height,
      zIndex: -1,
      draggable: false,
      selectable: false,
      connectable: false,
      deletable: false,
      focusable: false,
      // Sized and without handles: known before drawing, so React Flow need not draw it to measure it.
      handles: [],
    })
  })
}

function withMeasured<T extends Node>(view: NodeViewState, node: T): T {
  const measured = view.measured.get(node.id)
  return measured ? { ...node, measured } : node
}

/** One node per card, at its dragged position while a drag is in progress. */
export function toCardNodes(
  cards: readonly Card[],
  sources: readonly Source[],
  selection: Selection,
  view: NodeViewState,
): CardFlowNode[] {
  const byId = new Map(sources.map((source) => [source.id, source]))
  return cards.map((card) => toCardNode(card, byId, selection.cards.has(card.id), view))
}

/** A card's height until the browser has measured it: about a card with two lines of text. */
export const CARD_ESTIMATED_HEIGHT = 180
/** The link handles' size in cards.css (12 px with a 2 px border). */
const HANDLE_SIZE = 16

/**
 * A card's size and link handles, known before it is drawn. NOTE: without them React Flow draws every
 * node once to measure it, even with onlyRenderVisibleElements: 5,000 cards mounted on join.
 */
function knownGeometry(card: Card, view: NodeViewState) {
  const width = card.width ?? CARD_WIDTH
  const height = view.measured.get(card.id)?.height ?? CARD_ESTIMATED_HEIGHT
  const y = height / 2 - HANDLE_SIZE / 2
  const handle = { type: 'source' as const, width: HANDLE_SIZE, height: HANDLE_SIZE, y }
  return {
    initialWidth: width,
    initialHeight: height,
    handles: [
      { ...handle, id: 'left', position: Position.Left, x: -HANDLE_SIZE / 2 },
      { ...handle, id: 'right', position: Position.Right, x: width - HANDLE_SIZE / 2 },
    ],
  }
}

/** The node of one card; `sources` by id. */
export function toCardNode(
  card: Card,
  sources: ReadonlyMap<string, Source>,
  selected: boolean,
  view: NodeViewState,
): CardFlowNode {
  return withMeasured(view, {
    id: card.id,
    type: 'card',
    position: view.dragging.get(card.id) ?? { x: card.x, y: card.y },
    data: { card, ...citedSource(card, sources) },
    selected,
    deletable: false,
    ...knownGeometry(card, view),
  } satisfies CardFlowNode)
}

/** What a card shows of the article it quotes: its title, its URL, and whether the quote is lost. */
function citedSource(card: Card, sources: ReadonlyMap<string, Source>) {
  const source = card.excerpt && sources.get(card.excerpt.sourceId)
  if (!card.excerpt || !source) return { sourceTitle: undefined }
  const anchoring = cachedAnchoring(source.text, card.excerpt)
  const orphaned = anchoring.status === AnchorStatus.Orphaned
  // The page of where the passage is now, not of stored offsets a new version may have moved.
  const pages = anchoring.range ? citedPages(source.pages, anchoring.range) : undefined
  return { sourceTitle: source.title, sourceUrl: source.url, orphaned, ...(pages ? { pages } : {}) }
}

/** Which sides the two ends of a link attach to: facing each other, or both right within a lane. */
function linkHandles(from: Card | undefined, to: Card | undefined) {
  if (!from || !to || from.x === to.x) return { sourceHandle: 'right', targetHandle: 'right' }
  return from.x < to.x
    ? { sourceHandle: 'right', targetHandle: 'left' }
    : { sourceHandle: 'left', targetHandle: 'right' }
}

/** The arrowhead colour of each kind, matching --supports and --rebuts in base.css. */
const LINK_COLORS: Record<LinkKind, string> = { supports: '#16a34a', rebuts: '#dc2626' }

/** One edge per link, drawn by the custom `link` edge. */
export function toLinkEdges(
  links: readonly Link[],
  cards: readonly Card[],
  selection: Selection,
): LinkFlowEdge[] {
  const byId = new Map(cards.map((card) => [card.id, card]))
  return links.map((link) => toLinkEdge(link, byId, selection.links.has(link.id)))
}

/** The edge of one link; `cards` by id. */
export function toLinkEdge(link: Link, cards: ReadonlyMap<string, Card>, selected: boolean): LinkFlowEdge {
  return {
    id: link.id,
    type: 'link',
    source: link.from,
    target: link.to,
    ...linkHandles(cards.get(link.from), cards.get(link.to)),
    data: { kind: link.kind },
    markerEnd: { type: MarkerType.ArrowClosed, color: LINK_COLORS[link.kind], width: 18, height: 18 },
    selected,
    deletable: false,
  }
}

/** A card's new place on the canvas, to be written to the document. */
export interface CardMove {
  id: string
  position: XYPosition
}

/**
 * The view state after xyflow's size and position changes at `zoom`; selection changes are handled
 * elsewhere. Only a drag in progress is kept here: a position change that is not dragging (a keyboard
 * nudge, or the drop that ends a drag) is written to the document, see `settledMoves`. Below
 * TITLE_ZOOM a card is drawn as its title, whose size is not the card's: it is not kept. NOTE: keeping
 * it also re-rendered the whole canvas for every card a zoom brought on screen.
 */
export function applyViewChanges(
  view: NodeViewState,
  changes: readonly NodeChange[],
  zoom = 1,
): NodeViewState {
  let measured: Map<string, { width: number; height: number }> | undefined
  let dragging: Map<string, XYPosition> | undefined
  const titles = zoom < TITLE_ZOOM
  for (const change of changes) {
    if (change.type === 'dimensions' && titles && !isLaneId(change.id)) continue
    if (change.type === 'dimensions' && change.dimensions) {
      measured ??= new Map(view.measured)
      measured.set(change.id, change.dimensions)
    } else if (change.type === 'position' && change.position && change.dragging === true) {
      dragging ??= new Map(view.dragging)
      dragging.set(change.id, change.position)
    } else if (change.type === 'position' && view.dragging.has(change.id)) {
      dragging ??= new Map(view.dragging)
      dragging.delete(change.id)
    }
  }
  if (!measured && !dragging) return view
  return { measured: measured ?? view.measured, dragging: dragging ?? view.dragging }
}

/** The card moves among xyflow's changes that are done, not in progress, so belong in the document. */
export function settledMoves(changes: readonly NodeChange[]): CardMove[] {
  return changes.flatMap((change) =>
    change.type === 'position' && change.position && change.dragging !== true && !isLaneId(change.id)
      ? [{ id: change.id, position: change.position }]
      : [],
  )
}

/** The view state once the drag of `ids` has been written to the document. */
export function endDrag(view: NodeViewState, ids: readonly string[]): NodeViewState {
  const dragging = new Map(view.dragging)
  for (const id of ids) dragging.delete(id)
  return { ...view, dragging }
}
