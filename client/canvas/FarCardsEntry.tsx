/**
 * The keyboard's way to the cards from far away. Below TITLE_ZOOM a card is drawn as its title, and
 * below OVERVIEW_ZOOM within one SVG (aria-hidden): neither can hold the canvas's tab stop, so Tab would
 * pass the cards by. This stands in for the tab stop there; focusing it zooms in to that card and
 * focuses it, where a screen reader reads it as any card.
 */
import { useStore } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { TITLE_ZOOM } from '../cards/cardLook.ts'
import type { CardFocusStore } from './cardFocus.ts'

interface FarCardsEntryProps {
  store: CardFocusStore
  focusCard(id: string): void
}

export function FarCardsEntry({ store, focusCard }: FarCardsEntryProps) {
  const { t } = useTranslation()
  // Its own subscription: crossing TITLE_ZOOM re-renders this button, not the canvas.
  const far = useStore((state) => state.transform[2] < TITLE_ZOOM)
  if (!far) return null
  const goIn = () => {
    const { tabStop } = store.get()
    if (tabStop) focusCard(tabStop)
  }
  return (
    <button
      type="button"
      className="visually-hidden"
      data-testid="far-cards-entry"
      onFocus={goIn}
      onClick={goIn}
    >
      {t('canvas.zoomToCards')}
    </button>
  )
}
