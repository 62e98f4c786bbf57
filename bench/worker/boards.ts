/** The board content every server gets alike: our board layout, cards, and a presence per client. */
import type * as Y from 'yjs'
import { createCard, getBoardRoots, initBoard } from '../../shared/board/index.ts'
import type { BenchClient, BenchRoom } from '../servers/clientAdapter.ts'

/** Cards added per transaction, so that no update comes near a server's size limit. */
const CARDS_PER_TRANSACTION = 250

/** Adds `count` cards to a connected client's doc (and the board layout first, where the server did not). */
export function fillBoard(client: BenchClient, room: BenchRoom, count: number): string[] {
  if (!room.initialized) initBoard(client.doc, { title: 'Bench board' })
  const ids: string[] = []
  while (ids.length < count) {
    const batch = Math.min(CARDS_PER_TRANSACTION, count - ids.length)
    client.doc.transact(() => {
      for (let i = 0; i < batch; i++) ids.push(newCard(client.doc, ids.length))
    })
  }
  return ids
}

function newCard(doc: Y.Doc, index: number): string {
  return createCard(doc, {
    stance: index % 2 === 0 ? 'bull' : 'bear',
    x: (index % 50) * 260,
    y: Math.floor(index / 50) * 180,
    authorId: 'bench',
    authorName: 'Bench',
  })
}

/** Resolves once `doc` holds every card in `ids` (they may still be on the way from the server). */
export function whenCardsPresent(doc: Y.Doc, ids: readonly string[]): Promise<void> {
  const cards = getBoardRoots(doc).cards
  const complete = () => ids.every((id) => cards.has(id))
  if (complete()) return Promise.resolve()
  return new Promise((resolve) => {
    const onChange = () => {
      if (!complete()) return
      cards.unobserve(onChange)
      resolve()
    }
    cards.observe(onChange)
  })
}

/** Resolves once `doc` holds at least `count` cards. */
export function whenCardCount(doc: Y.Doc, count: number): Promise<void> {
  const cards = getBoardRoots(doc).cards
  if (cards.size >= count) return Promise.resolve()
  return new Promise((resolve) => {
    const onChange = () => {
      if (cards.size < count) return
      cards.unobserve(onChange)
      resolve()
    }
    cards.observe(onChange)
  })
}

/** A realistic presence: who (name, colour, side) and where (cursor), a little over 100 bytes. */
export function presenceOf(index: number): Record<string, unknown> {
  return {
    user: { name: `Bench person ${index}`, color: '#2563eb', side: index % 2 === 0 ? 'bull' : 'bear' },
    cursor: { x: (index * 37) % 2_000, y: (index * 53) % 1_200 },
    reading: null,
  }
}
