/** CV1: the canvas follows Yjs events card by card; an update touching one card rebuilds one node. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCard, deleteCards, linkCards, moveCard, setCardText } from '../../../shared/board/mutators.ts'
import { readCards } from '../../../shared/board/accessors.ts'
import { IncrementalCards } from '../../../client/sync/incrementalCards.ts'
import {
  createCardNodesDerivation,
  createLinkEdgesDerivation,
} from '../../../client/canvas/useFlowElements.ts'
import { EMPTY_VIEW_STATE } from '../../../client/canvas/toFlow.ts'
import { EMPTY_SELECTION, selectCards } from '../../../client/canvas/selection.ts'

const CARDS = 200

function boardOf(count: number) {
  const doc = new Y.Doc()
  for (let i = 0; i < count; i++)
    createCard(
      doc,
      {
        stance: i % 2 ? 'bear' : 'bull',
        text: `card ${i}`,
        x: 0,
        y: i * 10,
        authorId: 'me',
        authorName: 'Me',
      },
      { id: `c${i}`, now: i },
    )
  return doc
}

const noFlags = () => ({ draft: false, fixed: false })

describe('CV1 incremental canvas derivation', () => {
  it('CV1 an update touching one card re-reads one card: every other card object stays identical', () => {
    const doc = boardOf(CARDS)
    const cards = new IncrementalCards(doc)
    let changes = 0
    cards.observe(() => changes++)
    const before = cards.cards()
    setCardText(doc, 'c7', 'edited')
    const after = cards.cards()
    expect(changes).toBe(1)
    expect(after).not.toBe(before)
    expect(after.filter((card, i) => card !== before[i]).map((card) => card.id)).toEqual(['c7'])
    expect(after[7]?.text).toBe('edited')
    expect(after).toEqual(readCards(doc))
  })

  it('CV1 adding, moving and deleting cards keeps the list equal to a full read, oldest first', () => {
    const doc = boardOf(10)
    const cards = new IncrementalCards(doc)
    cards.observe(() => undefined)
    createCard(
      doc,
      { stance: 'bull', text: 'new', x: 5, y: 5, authorId: 'me', authorName: 'Me' },
      { id: 'n', now: 99 },
    )
    moveCard(doc, 'c3', { x: 40, y: 50 })
    deleteCards(doc, ['c1'])
    expect(cards.cards()).toEqual(readCards(doc))
    // A transaction that changes nothing a card shows gives the same list.
    const same = cards.cards()
    moveCard(doc, 'c3', { x: 40, y: 50 })
    expect(cards.cards()).toBe(same)
  })

  it('CV1 one changed card yields one new node object; all others keep their identity', () => {
    const doc = boardOf(CARDS)
    const cards = new IncrementalCards(doc)
    cards.observe(() => undefined)
    const derive = createCardNodesDerivation()
    const first = derive(cards.cards(), [], EMPTY_SELECTION, EMPTY_VIEW_STATE, noFlags)
    moveCard(doc, 'c42', { x: 10, y: 20 })
    const second = derive(cards.cards(), [], EMPTY_SELECTION, EMPTY_VIEW_STATE, noFlags)
    expect(second.filter((node, i) => node !== first[i]).map((node) => node.id)).toEqual(['c42'])
    expect(second[42]?.position).toEqual({ x: 10, y: 20 })
    // Nothing changed: the very same list.
    expect(derive(cards.cards(), [], EMPTY_SELECTION, EMPTY_VIEW_STATE, noFlags)).toBe(second)
    // Selecting one card rebuilds that card's node only.
    const selected = derive(cards.cards(), [], selectCards(['c5']), EMPTY_VIEW_STATE, noFlags)
    expect(selected.filter((node, i) => node !== second[i]).map((node) => node.id)).toEqual(['c5'])
  })

  it('CV1 a link edge is rebuilt only when its link or one of its two cards changed', () => {
    const doc = boardOf(6)
    linkCards(doc, { from: 'c0', to: 'c1', kind: 'supports' }, { id: 'l1' })
    linkCards(doc, { from: 'c2', to: 'c3', kind: 'rebuts' }, { id: 'l2' })
    const cards = new IncrementalCards(doc)
    cards.observe(() => undefined)
    const derive = createLinkEdgesDerivation()
    const links = [
      { id: 'l1', from: 'c0', to: 'c1', kind: 'supports' as const },
      { id: 'l2', from: 'c2', to: 'c3', kind: 'rebuts' as const },
    ]
    const nameOf = () => 'a link'
    const first = derive(links, cards.cards(), EMPTY_SELECTION, nameOf)
    setCardText(doc, 'c3', 'changed')
    const second = derive(links, cards.cards(), EMPTY_SELECTION, nameOf)
    expect(second[0]).toBe(first[0])
    expect(second[1]).not.toBe(first[1])
  })
})
