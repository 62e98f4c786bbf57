/**
 * The canvas's keyboard state that cards read: which card holds the one tab stop (a roving tabindex)
 * and which card a keyboard link starts from. An external store, so that moving the focus re-renders
 * the two cards concerned and not every card on the board.
 */
import { createContext, useContext, useSyncExternalStore } from 'react'

export interface CardFocusState {
  /** The card reached by Tab; every other card is reached with the arrow keys. */
  tabStop: string | undefined
  /** The card a link made from the keyboard starts from, while its target is being chosen. */
  linkFrom: string | undefined
}

/** A small store of `CardFocusState` with subscriptions. */
export interface CardFocusStore {
  get(): CardFocusState
  set(patch: Partial<CardFocusState>): void
  subscribe(listener: () => void): () => void
}

export function createCardFocusStore(): CardFocusStore {
  let state: CardFocusState = { tabStop: undefined, linkFrom: undefined }
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    set(patch) {
      const next = { ...state, ...patch }
      if (next.tabStop === state.tabStop && next.linkFrom === state.linkFrom) return
      state = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export const CardFocusContext = createContext<CardFocusStore | null>(null)

/** The part of the card focus state a card needs; re-renders only when that part changes. */
export function useCardFocus<T extends string | boolean | undefined>(
  select: (state: CardFocusState) => T,
): T {
  const store = useContext(CardFocusContext)
  return useSyncExternalStore(store?.subscribe ?? noSubscription, () =>
    store ? select(store.get()) : select({ tabStop: undefined, linkFrom: undefined }),
  )
}

const noSubscription = () => () => {}

/** The id of the hidden text that tells a card's keys, for `aria-describedby`. */
export const CARD_KEYS_DESCRIPTION_ID = 'card-keys-description'

/** The selector of a card's element on the canvas. */
export function cardSelector(cardId: string): string {
  return `[data-testid="card"][data-card-id="${CSS.escape(cardId)}"]`
}

/** The widgets inside a card (its text, its quote) that Enter and Tab reach once inside it. */
export const CARD_WIDGET_SELECTOR = '[data-card-widget]'
