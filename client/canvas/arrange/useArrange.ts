/** The Arrange command: every card to its place in the laid-out trees, in one undo step. */
import { useTranslation } from 'react-i18next'
import type { Card, Link } from '../../../shared/board/schema.ts'
import { useToast } from '../../ui/ToastProvider.tsx'
import { CARD_ESTIMATED_HEIGHT, type CardMove, type NodeViewState } from '../toFlow.ts'
import { arrangeBoard } from './arrangeTrees.ts'

interface ArrangeOptions {
  cards: readonly Card[]
  links: readonly Link[]
  view: NodeViewState
  /** Leaves out the cards the debate's rules keep where they are. */
  movable<T extends { id: string }>(moves: readonly T[]): T[]
  /** Writes the moves as one Yjs transaction and one undo step (useCanvasCommands). */
  moveCards(moves: readonly CardMove[]): void
}

export function useArrange({ cards, links, view, movable, moveCards }: ArrangeOptions) {
  const { t } = useTranslation('canvas')
  const showToast = useToast()
  return () => {
    const heightOf = (id: string) => view.measured.get(id)?.height ?? CARD_ESTIMATED_HEIGHT
    const moves = movable(arrangeBoard(cards, links, heightOf))
    if (moves.length === 0) showToast(t('arrangeNothing'))
    moveCards(moves.map(({ id, x, y }) => ({ id, position: { x, y } })))
  }
}
