import { describe, expect, it, vi } from 'vitest'
import { createCardFocusStore } from '../../../client/canvas/cardFocus.ts'

describe('the card focus store', () => {
  it('tells its subscribers of a change, and only of a real one', () => {
    const store = createCardFocusStore()
    const listener = vi.fn()
    store.subscribe(listener)
    store.set({ tabStop: 'a' })
    store.set({ tabStop: 'a' })
    store.set({ linkFrom: undefined })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.get()).toEqual({ tabStop: 'a', linkFrom: undefined })
  })

  it('keeps the other field when one changes', () => {
    const store = createCardFocusStore()
    store.set({ tabStop: 'a' })
    store.set({ linkFrom: 'b' })
    expect(store.get()).toEqual({ tabStop: 'a', linkFrom: 'b' })
  })

  it('stops telling a subscriber that unsubscribed', () => {
    const store = createCardFocusStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    unsubscribe()
    store.set({ tabStop: 'a' })
    expect(listener).not.toHaveBeenCalled()
  })
})
