/**
 * The canvas's card nodes and link edges, derived item by item: an object is rebuilt only when what
 * it shows changed, so React Flow re-renders the one card an update touched on a 5,000-card board.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card, Link, Source } from '../../shared/board/schema.ts'
import { createListDerivation } from './keyedCache.ts'
import type { Selection } from './selection.ts'
import { toCardNode, toLinkEdge, type CardFlowNode, type LinkFlowEdge, type NodeViewState } from './toFlow.ts'

/** How a card's layer changes its node: a draft is marked, a card that may not move is fixed. */
export interface CardLayerFlags {
  draft: boolean
  fixed: boolean
  /** Left out by the canvas search: drawn faded. */
  dimmed?: boolean
}

export type CardFlagsOf = (id: string) => CardLayerFlags

/** A card's node under its layer's flags. */
function flaggedNode(node: CardFlowNode, { draft, fixed, dimmed }: CardLayerFlags): CardFlowNode {
  if (!draft && !fixed && !dimmed) return node
  return {
    ...node,
    ...(fixed ? { draggable: false } : {}),
    ...(dimmed ? { className: 'card-dimmed' } : {}),
    data: { ...node.data, draft },
  }
}

/** The pure step behind useCardNodes, for tests: one derivation kept across calls. */
export function createCardNodesDerivation() {
  const derivation = createListDerivation<CardFlowNode>()
  return (
    cards: readonly Card[],
    sources: readonly Source[],
    selection: Selection,
    view: NodeViewState,
    flagsOf: CardFlagsOf,
  ): CardFlowNode[] => {
    const byId = new Map(sources.map((source) => [source.id, source]))
    return derivation.derive(
      cards,
      (card) => card.id,
      (card) => {
        const flags = flagsOf(card.id)
        return [
          card,
          card.excerpt && byId.get(card.excerpt.sourceId),
          selection.cards.has(card.id),
          view.measured.get(card.id),
          view.dragging.get(card.id),
          flags.draft,
          flags.fixed,
          flags.dimmed,
        ]
      },
      (card) => flaggedNode(toCardNode(card, byId, selection.cards.has(card.id), view), flagsOf(card.id)),
    )
  }
}

/** The card nodes, each the same object as last render unless its card, source, selection or view changed. */
export function useCardNodes(
  cards: readonly Card[],
  sources: readonly Source[],
  selection: Selection,
  view: NodeViewState,
  flagsOf: CardFlagsOf,
): CardFlowNode[] {
  const [derive] = useState(createCardNodesDerivation)
  return useMemo(
    () => derive(cards, sources, selection, view, flagsOf),
    [derive, cards, sources, selection, view, flagsOf],
  )
}

/** The pure step behind useLinkEdges: edges named for a person ("Supports: from … to …"). */
export function createLinkEdgesDerivation() {
  const derivation = createListDerivation<LinkFlowEdge>()
  return (
    links: readonly Link[],
    cards: readonly Card[],
    selection: Selection,
    nameOf: (edge: LinkFlowEdge, cards: ReadonlyMap<string, Card>) => string,
  ): LinkFlowEdge[] => {
    const byId = new Map(cards.map((card) => [card.id, card]))
    return derivation.derive(
      links,
      (link) => link.id,
      (link) => [link, byId.get(link.from), byId.get(link.to), selection.links.has(link.id), nameOf],
      (link) => {
        const edge = toLinkEdge(link, byId, selection.links.has(link.id))
        return { ...edge, ariaLabel: nameOf(edge, byId) }
      },
    )
  }
}

/**
 * The link edges, each the same object as last render unless its link, its cards or its selection
 * changed, named in the UI language instead of React Flow's "Edge from <id> to <id>".
 */
export function useLinkEdges(
  links: readonly Link[],
  cards: readonly Card[],
  selection: Selection,
): LinkFlowEdge[] {
  const { t } = useTranslation()
  const [derive] = useState(createLinkEdgesDerivation)
  const nameOf = useMemo(() => {
    const cardRef = (id: string, byId: ReadonlyMap<string, Card>) => {
      const card = byId.get(id)
      return card ? t('link.cardRef', { stance: t(`stance.${card.stance}`), name: card.authorName }) : id
    }
    return (edge: LinkFlowEdge, byId: ReadonlyMap<string, Card>) =>
      t('link.ariaLabel', {
        kind: t(`link.${edge.data?.kind ?? 'supports'}`),
        from: cardRef(edge.source, byId),
        to: cardRef(edge.target, byId),
      })
  }, [t])
  return useMemo(() => derive(links, cards, selection, nameOf), [derive, links, cards, selection, nameOf])
}
