// @vitest-environment jsdom
/** CV9: the canvas hook that hands React Flow a big board chunk by chunk, once the canvas is sized. */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  CHUNK,
  FIRST_CHUNK,
  REVEAL_FROM,
  useRevealedCards,
} from '../../../client/canvas/reveal/useRevealedCards.ts'
import type { Card, Link } from '../../../shared/board/schema.ts'

globalThis.IS_REACT_ACT_ENVIRONMENT = true

const cardsOf = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `c${i}`, x: i * 320, y: 80 }) as Card)

let root: Root | undefined
let shown: { cards: readonly Card[]; links: readonly Link[] } | undefined

function render(cards: readonly Card[], links: readonly Link[], active: boolean) {
  function Probe() {
    shown = useRevealedCards(cards, links, active)
    return null
  }
  root ??= createRoot(document.createElement('div'))
  act(() => root!.render(<Probe />))
}

/** Lets every idle callback due run (jsdom has no requestIdleCallback: a timer stands in). */
const idle = () => act(() => vi.runOnlyPendingTimers())

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  vi.useRealTimers()
})

describe('CV9 useRevealedCards', () => {
  it('CV9 shows a board below the threshold whole, the same arrays', () => {
    const cards = cardsOf(REVEAL_FROM - 1)
    const links: Link[] = []
    render(cards, links, true)
    expect(shown?.cards).toBe(cards)
    expect(shown?.links).toBe(links)
  })

  it('CV9 shows a big board chunk by chunk once active, then the very list', () => {
    const cards = cardsOf(REVEAL_FROM + FIRST_CHUNK + CHUNK)
    const links: Link[] = [{ id: 'l', from: 'c0', to: `c${cards.length - 1}`, kind: 'supports' }]
    render(cards, links, false)
    expect(shown?.cards).toHaveLength(FIRST_CHUNK)
    // The outermost cards wait, and so does a link to one of them.
    expect(shown?.links).toEqual([])
    idle()
    expect(shown?.cards).toHaveLength(FIRST_CHUNK)
    render(cards, links, true)
    const sizes: number[] = []
    while (shown?.cards !== cards && sizes.length < 10) {
      idle()
      sizes.push(shown?.cards.length ?? 0)
    }
    const steps = Math.ceil((cards.length - FIRST_CHUNK) / CHUNK)
    expect(sizes).toEqual(
      Array.from({ length: steps }, (_, i) => Math.min(cards.length, FIRST_CHUNK + (i + 1) * CHUNK)),
    )
    expect(shown?.links).toBe(links)
  })
})
