/**
 * The canvas by keyboard, in the manner of a grid: the arrow keys move the focus from card to card
 * (the selection follows), Alt+arrows move the card, Enter goes into the card (Tab cycles its text, its
 * quote and its links, Escape comes back out), and L starts a link whose target is chosen with the
 * arrows and Enter.
 */
import { useCallback, useEffect, type FocusEvent, type KeyboardEvent, type RefObject } from 'react'
import { useReactFlow } from '@xyflow/react'
import { CARD_WIDTH } from '../../shared/board/lanes.ts'
import type { Card } from '../../shared/board/schema.ts'
import {
  ARROW_DIRECTIONS,
  cardInDirection,
  Direction,
  readingOrder,
  tabStopAmong,
  viewToFocus,
  type CardBox,
} from './cardNavigation.ts'
import { TITLE_ZOOM } from '../cards/cardLook.ts'
import { CARD_WIDGET_SELECTOR, cardSelector, type CardFocusStore } from './cardFocus.ts'
import { selectCards, type Selection } from './selection.ts'
import type { CardMove } from './toFlow.ts'

const MOVE_STEP = 10
const MOVE_STEP_LARGE = 50
const DEFAULT_CARD_HEIGHT = 150
/** Frames to wait for a card to be drawn: coming back from the overview draws a screenful of them. */
const FOCUS_ATTEMPTS = 120

const MOVE_DELTAS: Record<Direction, { x: number; y: number }> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
}

interface CardKeyboardOptions {
  cards: readonly Card[]
  readOnly: boolean
  selection: Selection
  store: CardFocusStore
  containerRef: RefObject<HTMLElement | null>
  onSelectionChange(selection: Selection): void
  moveCards(moves: readonly CardMove[]): void
  /** The target of a keyboard link was chosen; `point` is below the target card, in canvas coordinates. */
  onLinkTarget(from: string, to: string, point: { x: number; y: number }): void
}

export function useCardKeyboard(options: CardKeyboardOptions) {
  const { cards, readOnly, selection, store, containerRef } = options
  const { getInternalNode, getViewport, setCenter } = useReactFlow()

  /** A card's box, sized by React Flow's measure, or from the document when it is not a node (the overview). */
  const boxOfCard = useCallback(
    (card: Card): CardBox => {
      const measured = getInternalNode(card.id)?.measured
      return {
        id: card.id,
        x: card.x,
        y: card.y,
        width: measured?.width ?? card.width ?? CARD_WIDTH,
        height: measured?.height ?? DEFAULT_CARD_HEIGHT,
      }
    },
    [getInternalNode],
  )
  const boxes = (): CardBox[] => cards.map(boxOfCard)
  const boxOf = useCallback(
    (id: string): CardBox | undefined => {
      const card = cards.find((each) => each.id === id)
      return card && boxOfCard(card)
    },
    [cards, boxOfCard],
  )

  /**
   * Pans so the card is on screen (it may not be rendered until then), zooming in to it from where
   * cards are drawn as titles or in the overview (they cannot hold the focus), then focuses it.
   */
  const focusCard = useCallback(
    (id: string) => {
      const container = containerRef.current
      const box = boxOf(id)
      if (!container || !box) return
      const pane = { width: container.clientWidth, height: container.clientHeight }
      const view = viewToFocus(box, getViewport(), pane, TITLE_ZOOM)
      if (view) void setCenter(view.x, view.y, { zoom: view.zoom })
      let attempts = 0
      const tryFocus = () => {
        const element = container.querySelector<HTMLElement>(cardSelector(id))
        if (element) element.focus({ preventScroll: true })
        else if (++attempts < FOCUS_ATTEMPTS) requestAnimationFrame(tryFocus)
      }
      tryFocus()
    },
    [containerRef, boxOf, getViewport, setCenter],
  )

  const goTo = (id: string | undefined) => {
    if (!id) return
    focusCard(id)
    // While a link's target is chosen the selection stays; otherwise it follows the focus.
    if (!store.get().linkFrom) options.onSelectionChange(selectCards([id]))
  }

  const moveCard = (id: string, direction: Direction, large: boolean) => {
    const step = large ? MOVE_STEP_LARGE : MOVE_STEP
    const ids = selection.cards.has(id) ? [...selection.cards] : [id]
    const delta = MOVE_DELTAS[direction]
    const moves = cards
      .filter((card) => ids.includes(card.id))
      .map((card) => ({ id: card.id, position: { x: card.x + delta.x * step, y: card.y + delta.y * step } }))
    options.moveCards(moves)
  }

  const chooseLinkTarget = (cardElement: HTMLElement, to: string) => {
    const from = store.get().linkFrom
    const container = containerRef.current
    if (!from || from === to || !container) return
    store.set({ linkFrom: undefined })
    const box = container.getBoundingClientRect()
    const card = cardElement.getBoundingClientRect()
    options.onLinkTarget(from, to, { x: card.left + card.width / 2 - box.left, y: card.bottom - box.top })
  }

  /** Keys pressed on a card itself (not inside its text): true when the key was used. */
  const onCardKey = (event: KeyboardEvent, cardElement: HTMLElement, id: string): boolean => {
    const direction = ARROW_DIRECTIONS[event.key]
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey
    if (direction && event.altKey && !event.ctrlKey && !event.metaKey) {
      if (!readOnly) moveCard(id, direction, event.shiftKey)
      return true
    }
    if (direction && plain && !event.shiftKey) {
      goTo(cardInDirection(boxes(), id, direction))
      return true
    }
    if ((event.key === 'Home' || event.key === 'End') && plain) {
      const order = readingOrder(boxes())
      goTo(event.key === 'Home' ? order[0] : order[order.length - 1])
      return true
    }
    if (event.key === 'Enter' && plain) {
      if (store.get().linkFrom) chooseLinkTarget(cardElement, id)
      else cardElement.querySelector<HTMLElement>(CARD_WIDGET_SELECTOR)?.focus()
      return true
    }
    if (event.key.toLowerCase() === 'l' && plain && !readOnly) {
      store.set({ linkFrom: id })
      return true
    }
    if (event.key === 'Escape' && store.get().linkFrom) {
      store.set({ linkFrom: undefined })
      return true
    }
    if (
      (event.key === 'Delete' || event.key === 'Backspace') &&
      !readOnly &&
      cardElement.matches(':focus-visible')
    ) {
      // The board's Delete shortcut removes the selection; a keyboard user's focus goes on to the next card.
      const order = readingOrder(boxes()).filter((other) => other === id || !selection.cards.has(other))
      const next = order[order.indexOf(id) + 1] ?? order[order.indexOf(id) - 1]
      if (next) requestAnimationFrame(() => goTo(next))
    }
    return false
  }

  /** Keys pressed inside a card: Escape comes back out to the card, Tab stays among its widgets. */
  /** The card's own widgets, then the labels of the links that start or end at it. */
  const widgetsOf = (cardElement: HTMLElement, id: string): HTMLElement[] => {
    const quoted = CSS.escape(id)
    const links = containerRef.current?.querySelectorAll<HTMLElement>(
      `[data-testid="link"][data-link-from="${quoted}"], [data-testid="link"][data-link-to="${quoted}"]`,
    )
    return [...cardElement.querySelectorAll<HTMLElement>(CARD_WIDGET_SELECTOR), ...(links ?? [])]
  }

  /** Keys pressed inside a card or on one of its links: Escape comes back to the card, Tab cycles. */
  const onWidgetKey = (event: KeyboardEvent, cardElement: HTMLElement, id: string): boolean => {
    if (event.key === 'Escape') {
      cardElement.focus({ preventScroll: true })
      return true
    }
    const target = event.target as HTMLElement
    if ((event.key === 'Delete' || event.key === 'Backspace') && target.dataset.testid === 'link') {
      // The board's Delete shortcut removes the selected link, and its label with the focus: back to the card.
      requestAnimationFrame(() => cardElement.focus({ preventScroll: true }))
      return false
    }
    if (event.key !== 'Tab') return false
    const widgets = widgetsOf(cardElement, id)
    const index = widgets.indexOf(target)
    if (index < 0) return false
    const next = widgets[(index + (event.shiftKey ? -1 : 1) + widgets.length) % widgets.length]
    next?.focus({ preventScroll: true })
    return true
  }

  /** The card a key event belongs to: the one it was pressed in, or for a link, the card it was reached from. */
  const owningCard = (target: HTMLElement): HTMLElement | null => {
    const card = target.closest<HTMLElement>('[data-testid="card"]')
    const tabStop = store.get().tabStop
    if (card || target.dataset.testid !== 'link' || !tabStop) return card
    return containerRef.current?.querySelector<HTMLElement>(cardSelector(tabStop)) ?? null
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.nativeEvent.isComposing) return
    const target = event.target as HTMLElement
    const cardElement = owningCard(target)
    const id = cardElement?.dataset.cardId
    if (!cardElement || !id) return
    const used =
      target === cardElement ? onCardKey(event, cardElement, id) : onWidgetKey(event, cardElement, id)
    if (used) event.preventDefault()
  }

  /**
   * Whatever card takes the focus, by click or by key, holds the tab stop from now on; reached by the
   * keyboard (Tab), it is selected too, so that Delete and Alt+arrows act on what has the focus. A
   * click selects by itself, and Shift+click must be free to add to the selection.
   */
  const onFocus = (event: FocusEvent) => {
    const target = event.target as HTMLElement
    const id = target.dataset.testid === 'card' ? target.dataset.cardId : undefined
    if (!id) return
    store.set({ tabStop: id })
    if (target.matches(':focus-visible') && !store.get().linkFrom && !selection.cards.has(id)) {
      options.onSelectionChange(selectCards([id]))
    }
  }

  return { onKeyDown, onFocus, focusCard }
}

/**
 * Keeps the canvas's tab stop on a card that exists: the first in reading order until a card takes
 * the focus, and again when that card is deleted; a link whose first card is gone is dropped.
 */
export function useTabStopFollowsCards(store: CardFocusStore, cards: readonly Card[]) {
  useEffect(() => {
    // Heights do not matter to the reading order; the document has none, so none are measured here.
    const boxes = cards.map((card) => ({ id: card.id, x: card.x, y: card.y, width: CARD_WIDTH, height: 0 }))
    const { tabStop, linkFrom } = store.get()
    store.set({
      tabStop: tabStopAmong(boxes, tabStop),
      linkFrom: boxes.some((box) => box.id === linkFrom) ? linkFrom : undefined,
    })
  }, [store, cards])
}
