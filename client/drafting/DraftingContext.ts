/** What cards on the canvas need from the debate: the rules now, the drafts document, authors' labels. */
import { createContext, useContext } from 'react'
import type * as Y from 'yjs'
import type { Card } from '../../shared/board/schema.ts'
import { authorLabel, type AuthorLabel } from './authorLabel.ts'
import { OPEN_RULES, type CanvasRules } from './canvasRules.ts'

export interface DraftingCanvasValue {
  rules: CanvasRules
  /** The drafts document whose cards the canvas shows beside the board's, if any. */
  draftsDoc: Y.Doc | undefined
  authorOf(card: Card): AuthorLabel
}

/** Outside a debate (a component test): everything allowed, each card by the name it carries. */
const OUTSIDE_DEBATE: DraftingCanvasValue = {
  rules: OPEN_RULES,
  draftsDoc: undefined,
  authorOf: (card) =>
    authorLabel(card, { anonymous: false, selfAuthorId: undefined, rosterNames: undefined }),
}

export const DraftingCanvasContext = createContext<DraftingCanvasValue>(OUTSIDE_DEBATE)

export function useDraftingCanvas(): DraftingCanvasValue {
  return useContext(DraftingCanvasContext)
}
