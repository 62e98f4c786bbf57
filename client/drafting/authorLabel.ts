/**
 * Who a card says wrote it. On an anonymous board peers see the author's team, never a name; the
 * moderator sees every author's name, read from the roster (which only moderators receive).
 */
import type { Card } from '../../shared/board/schema.ts'

/** What the card's author line shows. */
export type AuthorLabel =
  | { kind: 'name'; name: string; hiddenFromOthers: boolean }
  | { kind: 'you' }
  | { kind: 'team'; team: 'bull' | 'bear' }
  | { kind: 'anonymous' }
  | { kind: 'none' }

export interface AuthorContext {
  anonymous: boolean
  /** This participant's author id, once the server has given it. */
  selfAuthorId: string | undefined
  /** Authors' names by author id, from the roster: the moderator's only. */
  rosterNames: ReadonlyMap<string, string> | undefined
}

/** The author line of `card` for the person reading it. */
export function authorLabel(card: Card, context: AuthorContext): AuthorLabel {
  const rosterName = context.rosterNames?.get(card.authorId)
  if (context.anonymous) {
    if (rosterName) return { kind: 'name', name: rosterName, hiddenFromOthers: true }
    return anonymousLabel(card, context)
  }
  if (card.authorName) return { kind: 'name', name: card.authorName, hiddenFromOthers: false }
  // Made while the board was anonymous: it stays so, but the moderator still knows who wrote it.
  if (rosterName) return { kind: 'name', name: rosterName, hiddenFromOthers: true }
  const label = anonymousLabel(card, context)
  return label.kind === 'anonymous' ? { kind: 'none' } : label
}

function anonymousLabel(card: Card, context: AuthorContext): AuthorLabel {
  if (context.selfAuthorId && card.authorId === context.selfAuthorId) return { kind: 'you' }
  if (card.team === 'bull' || card.team === 'bear') return { kind: 'team', team: card.team }
  return { kind: 'anonymous' }
}
