/**
 * Arrange: where every card goes when the board is tidied. Linked cards form argument trees (a card
 * supporting or rebutting another hangs below it), each laid out by dagre and set on the side of its
 * root card's stance; trees go side by side from the middle outward, and the cards that link to
 * nothing fill grid columns beyond them, as new cards would. Pure: the caller writes the moves.
 */
import dagre from '@dagrejs/dagre'
import {
  CARD_GAP_Y,
  CARD_WIDTH,
  LANE_DIRECTION,
  LANE_TOP,
  LANE_X,
  laneRows,
} from '../../../shared/board/lanes.ts'
import type { Card, Link, Stance } from '../../../shared/board/schema.ts'

/** A card's new top-left corner. */
export interface CardMove {
  id: string
  x: number
  y: number
}

/** Space between two trees side by side, and between a tree's cards. */
const TREE_GAP = 80
const NODE_GAP = 40
const RANK_GAP = 60

/** The linked cards grouped into trees (connected by any link), each listed in creation order. */
export function argumentTrees(cards: readonly Card[], links: readonly Link[]): Card[][] {
  const byId = new Map(cards.map((card) => [card.id, card]))
  const parent = new Map<string, string>()
  const find = (id: string): string => {
    const up = parent.get(id) ?? id
    if (up === id) return id
    const root = find(up)
    parent.set(id, root)
    return root
  }
  for (const link of links) {
    if (!byId.has(link.from) || !byId.has(link.to)) continue
    parent.set(find(link.from), find(link.to))
    parent.set(link.from, find(link.from))
    parent.set(link.to, find(link.to))
  }
  const trees = new Map<string, Card[]>()
  for (const card of [...cards].sort((a, b) => a.createdAt - b.createdAt)) {
    if (!parent.has(card.id)) continue
    const root = find(card.id)
    trees.set(root, [...(trees.get(root) ?? []), card])
  }
  return [...trees.values()]
}

/** The card a tree hangs from: the oldest that links to no other card of it (or the oldest). */
function rootOf(tree: readonly Card[], links: readonly Link[]): Card {
  const linksOut = new Set(links.map((link) => link.from))
  return tree.find((card) => !linksOut.has(card.id)) ?? tree[0]!
}

/** One tree laid out by dagre, top-down from its root: positions relative to its own top-left. */
function layoutTree(tree: readonly Card[], links: readonly Link[], heightOf: (id: string) => number) {
  const graph = new dagre.graphlib.Graph()
  graph.setGraph({ rankdir: 'TB', nodesep: NODE_GAP, ranksep: RANK_GAP })
  graph.setDefaultEdgeLabel(() => ({}))
  const ids = new Set(tree.map((card) => card.id))
  for (const card of tree)
    graph.setNode(card.id, { width: card.width ?? CARD_WIDTH, height: heightOf(card.id) })
  // The answered card above its answer: the edge runs from a link's target to its source.
  for (const link of links) if (ids.has(link.from) && ids.has(link.to)) graph.setEdge(link.to, link.from)
  dagre.layout(graph)
  const moves = tree.map((card) => {
    const { x, y, width, height } = graph.node(card.id)
    return { id: card.id, x: x - width / 2, y: y - height / 2 }
  })
  const left = Math.min(...moves.map((move) => move.x))
  const top = Math.min(...moves.map((move) => move.y))
  const width = Math.max(...tree.map((card, i) => moves[i]!.x + (card.width ?? CARD_WIDTH))) - left
  return { moves: moves.map((move) => ({ ...move, x: move.x - left, y: move.y - top })), width }
}

/** Places blocks of `width` outward from a lane's middle edge; yields each block's left x. */
function outwardPlacer(stance: Stance) {
  const direction = LANE_DIRECTION[stance]
  // Bull blocks end at the bull lane's first column's right edge; bear blocks start at the bear lane's left.
  let edge = direction === 1 ? LANE_X[stance] : LANE_X[stance] + CARD_WIDTH
  return (width: number) => {
    const x = direction === 1 ? edge : edge - width
    edge += direction * (width + TREE_GAP)
    return x
  }
}

/**
 * Every card's arranged position: trees per side (by their root's stance), then the unlinked cards
 * in columns of laneRows (of their lane's card count) beyond them. Cards already in place are left out of the moves.
 */
export function arrangeBoard(
  cards: readonly Card[],
  links: readonly Link[],
  heightOf: (id: string) => number,
): CardMove[] {
  const place = { bull: outwardPlacer('bull'), bear: outwardPlacer('bear') }
  const moves: CardMove[] = []
  const linked = new Set<string>()
  for (const tree of argumentTrees(cards, links)) {
    const laid = layoutTree(tree, links, heightOf)
    const left = place[rootOf(tree, links).stance](laid.width)
    for (const move of laid.moves) {
      moves.push({ id: move.id, x: Math.round(left + move.x), y: Math.round(LANE_TOP + move.y) })
      linked.add(move.id)
    }
  }
  for (const stance of ['bull', 'bear'] as const) {
    const rest = cards.filter((card) => card.stance === stance && !linked.has(card.id))
    const rows = laneRows(cards.filter((card) => card.stance === stance).length)
    for (let start = 0; start < rest.length; start += rows) {
      const column = rest.slice(start, start + rows)
      const left = place[stance](Math.max(...column.map((card) => card.width ?? CARD_WIDTH)))
      column.forEach((card, row) => moves.push({ id: card.id, x: left, y: LANE_TOP + row * CARD_GAP_Y }))
    }
  }
  const before = new Map(cards.map((card) => [card.id, card]))
  return moves.filter((move) => before.get(move.id)?.x !== move.x || before.get(move.id)?.y !== move.y)
}
