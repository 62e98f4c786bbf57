/** What the reader needs to show drift, re-point cards and open article management (SPEC SR3–SR5). */
import type { Card } from '../../shared/board/schema.ts'

export interface ReaderTrust {
  /** The board's own cards: their excerpts drift, and may be accepted or re-pointed. */
  boardCards: Card[]
  /** Whether this participant may change the card's excerpt (the server's rule, asked locally). */
  canChangeCard(cardId: string): boolean
  /** Points the card's excerpt at a passage of the current text. */
  onRepoint(cardId: string, passage: { sourceId: string; start: number; end: number }): void
  /** Opens article management: the moderator's only. */
  onManage?(): void
  /** The moderator sees each team's coverage. */
  showTeamCoverage: boolean
}
