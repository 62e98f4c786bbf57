/** How a card is named in lists (the decision's citations, the conviction view): its first words. */
import type { Card } from '../../shared/board/schema.ts'
import { truncateText } from '../ui/truncateText.ts'

const MAX_LABEL = 80

/** The card's text on one line, cut at 80 characters; `untitled` when it has none. */
export function cardLabel(card: Pick<Card, 'text'>, untitled: string): string {
  return truncateText(card.text, MAX_LABEL) || untitled
}
