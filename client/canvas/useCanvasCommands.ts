/** The canvas's editing commands: move, link, delete, undo; bound to gestures and shortcuts. */
import { useRef, type Dispatch, type RefObject, type SetStateAction } from 'react'
import type { OnConnectEnd } from '@xyflow/react'
import { readLinks } from '../../shared/board/accessors.ts'
import { deleteCards, linkCards, moveCard, unlinkCards } from '../../shared/board/mutators.ts'
import type { LinkKind } from '../../shared/board/schema.ts'
import type { BoardSession } from '../sync/BoardSession.ts'
import type { PendingLink } from './LinkKindPopover.tsx'
import { EMPTY_SELECTION, type Selection } from './selection.ts'
import { Shortcut } from './shortcuts.ts'
import type { CardMove } from './toFlow.ts'
import { useCanvasShortcuts } from './useCanvasShortcuts.ts'

interface CanvasCommandsOptions {
  session: Pick<BoardSession, 'doc' | 'undoManager'>
  selection: Selection
  readOnly: boolean
  pendingLink: PendingLink | undefined
  containerRef: RefObject<HTMLElement | null>
  onSelectionChange(selection: Selection): void
  onHelp(): void
  setPendingLink: Dispatch<SetStateAction<PendingLink | undefined>>
}

export function useCanvasCommands(options: CanvasCommandsOptions) {
  const { session, selection, readOnly, pendingLink, containerRef, onSelectionChange, setPendingLink } =
    options
  const { doc, undoManager } = session
  const dragging = useRef(false)

  /** Runs one structural edit as its own undo step, apart from any typing before or after it. */
  const asUndoStep = (edit: () => void) => {
    undoManager.stopCapturing()
    doc.transact(edit)
    undoManager.stopCapturing()
  }

  const deleteSelection = () => {
    if (readOnly || selection.cards.size + selection.links.size === 0) return
    asUndoStep(() => {
      for (const id of selection.links) unlinkCards(doc, id)
      deleteCards(doc, [...selection.cards])
    })
    onSelectionChange(EMPTY_SELECTION)
  }

  /** Opens the undo step of a drag: every move until `endDrag` is undone at once. */
  const startDrag = () => {
    dragging.current = true
    undoManager.stopCapturing()
  }

  const moveCards = (moves: readonly CardMove[]) => {
    if (readOnly || moves.length === 0) return
    const write = () => {
      for (const { id, position } of moves) moveCard(doc, id, position)
    }
    // A drag's live steps fall into its one undo step; a keyboard nudge is an undo step of its own.
    if (dragging.current) doc.transact(write)
    else asUndoStep(write)
  }

  /** Closes the undo step of a drag, after its drop was written. */
  const endDrag = () => {
    dragging.current = false
    undoManager.stopCapturing()
  }

  const onConnectEnd: OnConnectEnd = (event, state) => {
    const from = state.fromNode?.id
    const to = state.toNode?.id
    if (readOnly || !state.isValid || !from || !to || from === to) return
    const point = 'changedTouches' in event ? event.changedTouches[0] : event
    const rect = containerRef.current?.getBoundingClientRect()
    if (!point || !rect) return
    setPendingLink({ from, to, x: point.clientX - rect.left, y: point.clientY - rect.top })
  }

  const createLink = (kind: LinkKind) => {
    setPendingLink(undefined)
    if (!pendingLink || readOnly) return
    const { from, to } = pendingLink
    const exists = readLinks(doc).some((link) => link.from === from && link.to === to && link.kind === kind)
    if (!exists) asUndoStep(() => linkCards(doc, { from, to, kind }))
  }

  useCanvasShortcuts(containerRef, (shortcut) => {
    if (shortcut === Shortcut.Undo && !readOnly) undoManager.undo()
    else if (shortcut === Shortcut.Redo && !readOnly) undoManager.redo()
    else if (shortcut === Shortcut.Delete) deleteSelection()
    else if (shortcut === Shortcut.Help) options.onHelp()
    else if (shortcut === Shortcut.Escape) {
      setPendingLink(undefined)
      onSelectionChange(EMPTY_SELECTION)
    }
  })

  return { deleteSelection, startDrag, moveCards, endDrag, onConnectEnd, createLink }
}
