// @vitest-environment jsdom
import { act, createRef } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readCards } from '../../../shared/board/accessors.ts'
import { createCard } from '../../../shared/board/mutators.ts'
import { EMPTY_SELECTION } from '../../../client/canvas/selection.ts'
import { useCanvasCommands } from '../../../client/canvas/useCanvasCommands.ts'
import { createUndoManager } from '../../../client/sync/undo.ts'

globalThis.IS_REACT_ACT_ENVIRONMENT = true

type Commands = ReturnType<typeof useCanvasCommands>
let root: Root | undefined

/** The canvas commands over a real document and undo manager, as BoardCanvas gets them. */
function renderCommands() {
  const doc = new Y.Doc()
  const undoManager = createUndoManager(doc)
  createCard(doc, { stance: 'bull', x: 0, y: 80, authorId: 'me', authorName: 'Me' }, { id: 'a' })
  undoManager.clear()
  const commands: { current?: Commands } = {}
  function Probe() {
    commands.current = useCanvasCommands({
      session: { doc, undoManager },
      selection: EMPTY_SELECTION,
      readOnly: false,
      pendingLink: undefined,
      containerRef: createRef(),
      onSelectionChange: () => {},
      onHelp: () => {},
      setPendingLink: () => {},
    })
    return null
  }
  root = createRoot(document.createElement('div'))
  act(() => root!.render(<Probe />))
  return { doc, undoManager, commands: commands.current! }
}

const positionOf = (doc: Y.Doc) => {
  const card = readCards(doc)[0]!
  return { x: card.x, y: card.y }
}

afterEach(() => {
  act(() => root?.unmount())
})

describe('useCanvasCommands', () => {
  it('keeps a drag of ten live steps as one undo step that puts the card back where it started', () => {
    const { doc, undoManager, commands } = renderCommands()
    commands.startDrag()
    for (let step = 1; step <= 10; step++)
      commands.moveCards([{ id: 'a', position: { x: 0, y: 80 + step * 10 } }])
    commands.endDrag()
    expect(positionOf(doc)).toEqual({ x: 0, y: 180 })
    expect(undoManager.undoStack).toHaveLength(1)
    undoManager.undo()
    expect(positionOf(doc)).toEqual({ x: 0, y: 80 })
  })

  it('keeps two drags in a row as two undo steps', () => {
    const { doc, undoManager, commands } = renderCommands()
    for (const y of [200, 300]) {
      commands.startDrag()
      commands.moveCards([{ id: 'a', position: { x: 0, y } }])
      commands.endDrag()
    }
    undoManager.undo()
    expect(positionOf(doc)).toEqual({ x: 0, y: 200 })
  })

  it('makes each keyboard nudge, outside any drag, an undo step of its own', () => {
    const { doc, undoManager, commands } = renderCommands()
    commands.moveCards([{ id: 'a', position: { x: 5, y: 80 } }])
    commands.moveCards([{ id: 'a', position: { x: 10, y: 80 } }])
    expect(undoManager.undoStack).toHaveLength(2)
    undoManager.undo()
    expect(positionOf(doc)).toEqual({ x: 5, y: 80 })
  })
})
