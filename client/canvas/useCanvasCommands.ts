/** The canvas's editing commands: move, link, delete, undo; bound to gestures and shortcuts. */
import type { Dispatch, RefObject, SetStateAction } from 'react'
import type { Node, OnConnectEnd } from '@xyflow/react'
import { readLinks } from '../../shared/board/accessors.ts'
import { deleteCards, linkCards, moveCard, unlinkCards } from '../../shared/board/mutators.ts'
import type { LinkKind } from '../../shared/board/schema.ts'
import type { BoardSession } from '../sync/BoardSession.ts'
import type { PendingLink } from './LinkKindPopover.tsx'
import { EMPTY_SELECTION, type Selection } from './selection.ts'
import { Shortcut } from './shortcuts.ts'
import { useCanvasShortcuts } from './useCanvasShortcuts.ts'

interface CanvasCommandsOptions {
  session: BoardSession
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

  const moveCards = (nodes: Node[]) => {
    if (readOnly || nodes.length === 0) return
    asUndoStep(() => {
      for (const node of nodes) moveCard(doc, node.id, node.position)
    })
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

  useCanvasShortcuts((shortcut) => {
    if (shortcut === Shortcut.Undo && !readOnly) undoManager.undo()
    else if (shortcut === Shortcut.Redo && !readOnly) undoManager.redo()
    else if (shortcut === Shortcut.Delete) deleteSelection()
    else if (shortcut === Shortcut.Help) options.onHelp()
    else if (shortcut === Shortcut.Escape) {
      setPendingLink(undefined)
      onSelectionChange(EMPTY_SELECTION)
    }
  })

  return { deleteSelection, moveCards, onConnectEnd, createLink }
}
