/**
 * Drift: how the cards citing an article stand after its text changed (a new version was imported).
 * Each card's excerpt is re-anchored in the current text; a card is drifted until its excerpt is
 * again exactly at its offsets (accepted, or re-pointed at a new passage).
 */
import { anchorStatusOf, AnchorStatus, type ExcerptAnchoring } from '../board/anchoring/anchorStatus.ts'
import type { Card, Excerpt } from '../board/schema.ts'

/** One drifted card: its stored excerpt and, unless it is orphaned, the passage standing for it now. */
export type DriftEntry =
  | {
      cardId: string
      status: typeof AnchorStatus.Moved | typeof AnchorStatus.Changed
      excerpt: Excerpt
      range: { start: number; end: number }
      /** The current text at `range`: the quote itself when moved, what replaced it when changed. */
      passage: string
    }
  | { cardId: string; status: typeof AnchorStatus.Orphaned; excerpt: Excerpt }

/** The drifted cards of one article, by how they stand. */
export interface SourceDrift {
  moved: DriftEntry[]
  changed: DriftEntry[]
  orphaned: DriftEntry[]
}

/** How to anchor an excerpt: `anchorStatusOf`, or a cached form of it in the browser. */
export type Anchorer = (text: string, excerpt: Excerpt) => ExcerptAnchoring

/**
 * The drift of the cards citing article `source` in its current text, in card order; cards at their
 * stored offsets and unreadable cards are left out.
 * @example driftOf(source, cards).orphaned.length // "2 passages were not found in the new version"
 */
export function driftOf(
  source: { id: string; text: string },
  cards: readonly Card[],
  anchor: Anchorer = anchorStatusOf,
): SourceDrift {
  const drift: SourceDrift = { moved: [], changed: [], orphaned: [] }
  for (const card of cards) {
    const excerpt = card.excerpt
    if (card.unreadable || !excerpt || excerpt.sourceId !== source.id) continue
    const anchoring = anchor(source.text, excerpt)
    if (anchoring.status === AnchorStatus.Exact) continue
    if (anchoring.status === AnchorStatus.Orphaned) {
      drift.orphaned.push({ cardId: card.id, status: anchoring.status, excerpt })
      continue
    }
    const { range } = anchoring
    const passage = source.text.slice(range.start, range.end)
    const entry = { cardId: card.id, status: anchoring.status, excerpt, range, passage }
    if (anchoring.status === AnchorStatus.Moved) drift.moved.push(entry)
    else drift.changed.push(entry)
  }
  return drift
}

/** How many cards have drifted. */
export function driftCount(drift: SourceDrift): number {
  return drift.moved.length + drift.changed.length + drift.orphaned.length
}
