/** How a card is named in lists (the decision's citations, the conviction view): its first words. */
import type { Card } from '../../shared/board/schema.ts'

const MAX_LABEL = 80

/** The card's text on one line, cut at 80 characters; `untitled` when it has none. */
export function cardLabel(card: Pick<Card, 'text'>, untitled: string): string {
  const text = card.text.replace(/\s+/g, ' ').trim()
  if (!text) return untitled
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text
}
