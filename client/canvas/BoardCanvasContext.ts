/** What card nodes and link edges need from the board that xyflow does not pass them. */
import { createContext, useContext } from 'react'
import type * as Y from 'yjs'
import type { Excerpt } from '../../shared/board/schema.ts'

export interface BoardCanvasContextValue {
  doc: Y.Doc
  readOnly: boolean
  /** The card whose text should take the focus once it is on screen. */
  focusCardId: string | undefined
  onCardFocused(cardId: string): void
  onQuoteClick(excerpt: Excerpt): void
  onLinkClick(linkId: string, additive: boolean): void
}

export const BoardCanvasContext = createContext<BoardCanvasContextValue | null>(null)

export function useBoardCanvas(): BoardCanvasContextValue {
  const value = useContext(BoardCanvasContext)
  if (!value) throw new Error('useBoardCanvas must be used inside a BoardCanvasContext provider')
  return value
}
