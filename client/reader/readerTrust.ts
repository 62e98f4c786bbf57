/** What the reader needs to show drift, re-point cards and open article management (SPEC SR3–SR5). */
import type { Card } from '../../shared/board/schema.ts'

/** A card and the passage its excerpt is to point at. */
export interface Repoint {
  cardId: string
  passage: { sourceId: string; start: number; end: number }
}

export interface ReaderTrust {
  /** The board's own cards: their excerpts drift, and may be accepted or re-pointed. */
  boardCards: Card[]
  /** Whether this participant may change the card's excerpt (the server's rule, asked locally). */
  canChangeCard(cardId: string): boolean
  /** Points each card's excerpt at a passage of the current text, all in one change of the board. */
  onRepoint(repoints: readonly Repoint[]): void
  /** Opens article management: the moderator's only. */
  onManage?(): void
  /** The moderator sees each team's coverage. */
  showTeamCoverage: boolean
}
