import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import {
  addSource,
  createCard,
  initBoard,
  linkCards,
  moveCard,
  setCardText,
} from '../../../shared/board/mutators.ts'
import { createBoardStore, readBoardSnapshot } from '../../../client/sync/boardSnapshot.ts'
import { IncrementalCards } from '../../../client/sync/incrementalCards.ts'

function makeBoard() {
  const doc = new Y.Doc()
  const control = new Y.Doc()
  initBoard(control, { title: 'Cars', motion: 'Ban cars' }, 1)
  addSource(doc, { title: 'A', language: 'en', text: 'Some text.', addedBy: 'x' }, { id: 's1', now: 1 })
  const card = { text: 'one', x: 0, y: 80, authorId: 'me', authorName: 'Me' }
  const a = createCard(doc, { ...card, stance: 'bull' }, { id: 'a', now: 1 })
  const b = createCard(doc, { ...card, stance: 'bear', x: 420 }, { id: 'b', now: 2 })
  return { doc, control, a, b }
}

describe('readBoardSnapshot', () => {
  it('reads meta, sources, cards and links', () => {
    const { doc, control, a, b } = makeBoard()
    linkCards(doc, { from: a, to: b, kind: 'rebuts' }, { id: 'l1' })
    const snapshot = readBoardSnapshot(doc, control)
    expect(snapshot.meta.title).toBe('Cars')
    expect(snapshot.sources.map((s) => s.id)).toEqual(['s1'])
    expect(snapshot.cards.map((c) => [c.id, c.stance, c.text])).toEqual([
      ['a', 'bull', 'one'],
      ['b', 'bear', 'one'],
    ])
    expect(snapshot.links).toEqual([{ id: 'l1', from: 'a', to: 'b', kind: 'rebuts' }])
  })

  it('returns the very same snapshot when nothing changed', () => {
    const { doc, control } = makeBoard()
    const first = readBoardSnapshot(doc, control)
    expect(readBoardSnapshot(doc, control, first)).toBe(first)
  })

  it('keeps unchanged cards identical and replaces only the one that changed', () => {
    const { doc, control, a, b } = makeBoard()
    const first = readBoardSnapshot(doc, control)
    moveCard(doc, b, { x: 420, y: 300 })
    const second = readBoardSnapshot(doc, control, first)
    expect(second).not.toBe(first)
    expect(second.cards.find((c) => c.id === a)).toBe(first.cards.find((c) => c.id === a))
    expect(second.cards.find((c) => c.id === b)?.y).toBe(300)
    expect(second.sources).toBe(first.sources)
    expect(second.meta).toBe(first.meta)
  })
})

describe('createBoardStore', () => {
  it('notifies on local and remote changes and serves a fresh snapshot', () => {
    const { doc, control, a } = makeBoard()
    const store = createBoardStore(doc, control)
    let notified = 0
    const unsubscribe = store.subscribe(() => notified++)
    setCardText(doc, a, 'changed')
    expect(store.getSnapshot().cards[0]?.text).toBe('changed')

    const remote = new Y.Doc()
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(control))
    remote.getMap('meta').set('title', 'Trams')
    Y.applyUpdate(control, Y.encodeStateAsUpdate(remote), 'remote')
    expect(store.getSnapshot().meta.title).toBe('Trams')
    expect(notified).toBe(2)
    unsubscribe()
  })

  it('CV9 sees a card changed between the render that made the store and its subscription', () => {
    const { doc, control, a } = makeBoard()
    const store = createBoardStore(doc, control)
    setCardText(doc, a, 'changed before subscribing')
    const unsubscribe = store.subscribe(() => undefined)
    expect(store.getSnapshot().cards[0]?.text).toBe('changed before subscribing')
    unsubscribe()
    setCardText(doc, a, 'changed while nobody followed')
    store.subscribe(() => undefined)()
    expect(store.getSnapshot().cards[0]?.text).toBe('changed while nobody followed')
  })

  it('CV9 does not read every card again on subscribing when the board did not change', () => {
    const { doc, control } = makeBoard()
    const store = createBoardStore(doc, control)
    const apply = vi.spyOn(IncrementalCards.prototype, 'apply')
    try {
      store.subscribe(() => undefined)()
      store.subscribe(() => undefined)()
      expect(apply).not.toHaveBeenCalled()
    } finally {
      apply.mockRestore()
    }
  })

  it('CV9 serves the cards the session already follows, instead of reading them itself', () => {
    const { doc, control, a } = makeBoard()
    const followed = new IncrementalCards(doc)
    const stop = followed.observe(() => undefined)
    const store = createBoardStore(doc, control, followed)
    expect(store.getSnapshot().cards).toBe(followed.cards())
    const unsubscribe = store.subscribe(() => undefined)
    setCardText(doc, a, 'typed')
    expect(store.getSnapshot().cards).toBe(followed.cards())
    expect(store.getSnapshot().cards[0]?.text).toBe('typed')
    unsubscribe()
    stop()
  })
})
