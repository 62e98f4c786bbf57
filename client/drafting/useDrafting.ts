/**
 * The debate as the workspace needs it: the session and seat, which drafts the canvas shows, where
 * its edits go (the board, or the drafts) with their own undo, the rules now, and authors' labels.
 */
import { useMemo, useState } from 'react'
import * as Y from 'yjs'
import { canEdit, Role } from '../../shared/access.ts'
import type { Card, Link } from '../../shared/board/schema.ts'
import { rulesNow, type SessionState } from '../../shared/debate/session.ts'
import type { Seat } from '../../shared/protocol.ts'
import { useGrantedDocument, useSeat, useSessionState } from '../debate/useDebate.ts'
import type { BoardSession } from '../sync/BoardSession.ts'
import { useBoardSnapshot } from '../sync/useBoardSnapshot.ts'
import { authorLabel } from './authorLabel.ts'
import { canvasRules, type CanvasRules } from './canvasRules.ts'
import type { DraftingCanvasValue } from './DraftingContext.ts'
import { useDraftsNames } from './useDraftsDocuments.ts'
import { namesByAuthor, useRosterOf } from './useRosterNames.ts'
import { useUndoManagerOf } from './useUndoManagerOf.ts'

/** Where the canvas writes: the board document or a drafts document, each with its own undo. */
export interface CanvasLayer {
  doc: Y.Doc
  undoManager: Y.UndoManager
}

/** A drafts document on the canvas: whose it is and what it holds. */
export interface ShownDrafts {
  name: string
  cards: Card[]
  links: Link[]
}

export interface Drafting {
  session: SessionState
  seat: Seat | undefined
  moderator: boolean
  /** The drafts the canvas shows over the board, once their document is here. */
  drafts: ShownDrafts | undefined
  layer: CanvasLayer
  rules: CanvasRules
  canvas: DraftingCanvasValue
  /** The drafts documents a moderator may switch between, and the one viewed (null: the board). */
  draftsNames: readonly string[]
  viewed: string | null
  view(name: string | null): void
}

/** Reads the debate for the workspace of `session`; `name` is what this participant's cards carry. */
export function useDrafting(board: BoardSession, name: string): Drafting {
  const { provider } = board
  const session = useSessionState(provider)
  const seat = useSeat(provider)
  const moderator = seat?.role === Role.Moderate
  const draftsNames = useDraftsNames(provider)
  const [chosen, view] = useState<string | null>(null)
  const viewed = moderator && chosen && draftsNames.includes(chosen) ? chosen : null
  const draftsName = moderator ? viewed : ownDraftsNow(session, seat)
  const draftsDoc = useGrantedDocument(provider, draftsName)
  const draftsUndo = useUndoManagerOf(draftsDoc)
  const draftsContent = useBoardSnapshot(draftsDoc ?? EMPTY_DOC_STANDIN, board.control)
  const open = draftsName !== null && draftsDoc !== undefined && draftsUndo !== undefined
  const rules = useMemo(
    () => canvasRules({ session, seat, name, drafts: draftsName !== null, draftsOpen: open }),
    [session, seat, name, draftsName, open],
  )
  const roster = useRosterOf(provider)
  const canvas = useMemo<DraftingCanvasValue>(() => {
    const context = {
      anonymous: session.anonymous,
      selfAuthorId: seat?.authorId,
      rosterNames: roster && namesByAuthor(roster),
    }
    return { rules, draftsDoc: open ? draftsDoc : undefined, authorOf: (card) => authorLabel(card, context) }
  }, [rules, open, draftsDoc, session.anonymous, seat?.authorId, roster])
  const drafts = open
    ? { name: draftsName, cards: draftsContent.cards, links: draftsContent.links }
    : undefined
  const layer = open ? { doc: draftsDoc, undoManager: draftsUndo } : board
  return { session, seat, moderator, drafts, layer, rules, canvas, draftsNames, viewed, view }
}

/** Read in place of a drafts document while there is none, so that the hooks run in the same order. */
const EMPTY_DOC_STANDIN = new Y.Doc()

/** The drafts document a participant writes now: theirs, in a private phase. */
function ownDraftsNow(session: SessionState, seat: Seat | undefined): string | null {
  if (!seat || !canEdit(seat.role) || !rulesNow(session).drafts) return null
  return seat.drafts
}
