import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readCards } from '../../../shared/board/accessors.ts'
import { createCard, moveCard, setCardText } from '../../../shared/board/mutators.ts'
import { createUndoManager, createUndoStore } from '../../../client/sync/undo.ts'

const PROVIDER = { name: 'provider' }

/** Two replicas; `sync` carries `from`'s new updates to `to` the way the provider does, with itself as origin. */
function makePair() {
  const mine = new Y.Doc()
  const theirs = new Y.Doc()
  const sync = (from: Y.Doc, to: Y.Doc) =>
    Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), PROVIDER)
  return { mine, theirs, sync }
}

const card = { stance: 'bull' as const, x: 0, y: 80, authorId: 'me', authorName: 'Me' }

describe('undo', () => {
  it('undoes my own card creation', () => {
    const { mine } = makePair()
    const undo = createUndoManager(mine)
    createCard(mine, card, { id: 'a' })
    undo.undo()
    expect(readCards(mine)).toEqual([])
    undo.redo()
    expect(readCards(mine).map((c) => c.id)).toEqual(['a'])
  })

  it('leaves edits that arrived from others alone', () => {
    const { mine, theirs, sync } = makePair()
    const undo = createUndoManager(mine)
    createCard(mine, card, { id: 'a' })
    undo.stopCapturing()
    sync(mine, theirs)
    createCard(theirs, { ...card, authorId: 'them' }, { id: 'b' })
    moveCard(theirs, 'a', { x: 0, y: 500 })
    sync(theirs, mine)

    undo.undo()
    expect(readCards(mine).map((c) => c.id)).toEqual(['b'])
    expect(undo.canUndo()).toBe(false)
  })

  it('undoes my typing in a card text but not the text someone else typed into it', () => {
    const { mine, theirs, sync } = makePair()
    createCard(mine, { ...card, text: 'base' }, { id: 'a' })
    sync(mine, theirs)
    const undo = createUndoManager(mine)
    setCardText(mine, 'a', 'base mine')
    undo.stopCapturing()
    setCardText(theirs, 'a', 'theirs base')
    sync(theirs, mine)

    undo.undo()
    expect(readCards(mine)[0]?.text).toBe('theirs base')
  })

  it('reports whether undo and redo are possible', () => {
    const { mine } = makePair()
    const undo = createUndoManager(mine)
    const store = createUndoStore(undo)
    const unsubscribe = store.subscribe(() => {})
    expect(store.getSnapshot()).toEqual({ canUndo: false, canRedo: false })
    createCard(mine, card, { id: 'a' })
    expect(store.getSnapshot()).toEqual({ canUndo: true, canRedo: false })
    undo.undo()
    expect(store.getSnapshot()).toEqual({ canUndo: false, canRedo: true })
    unsubscribe()
  })
})
