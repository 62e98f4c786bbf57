/** Turns possibly overlapping card excerpts into ordered, non-overlapping highlight segments. */
import { cachedAnchoring } from '../../shared/board/anchoring/anchoringCache.ts'
import { AnchorStatus } from '../../shared/board/anchoring/anchorStatus.ts'
import { Stance, type Card, type Excerpt, type Source } from '../../shared/board/schema.ts'

/** One card's claim on a passage of the shown source. */
export interface HighlightInput {
  cardId: string
  stance: Stance
  excerpt: Excerpt
}

/** A maximal run of source text covered by the same set of cards. */
export interface HighlightSegment {
  start: number
  end: number
  /** The covering cards, in input order. */
  cardIds: string[]
  /** The distinct stances of the covering cards, bull before bear. */
  stances: Stance[]
}

/** How a segment is painted: one stance, or both at once. */
export const HighlightTone = { Bull: 'bull', Bear: 'bear', Mixed: 'mixed' } as const
export type HighlightTone = (typeof HighlightTone)[keyof typeof HighlightTone]

/** The highlight inputs of the cards that quote `sourceId`. */
export function selectHighlightInputs(cards: readonly Card[], sourceId: string): HighlightInput[] {
  const inputs: HighlightInput[] = []
  for (const card of cards) {
    if (card.excerpt?.sourceId === sourceId)
      inputs.push({ cardId: card.id, stance: card.stance, excerpt: card.excerpt })
  }
  return inputs
}

/**
 * Places each excerpt in `text` (anchored once per text and excerpt; orphans, whose quote is gone, are
 * dropped) and cuts the covered text at every excerpt boundary, so that each segment has one fixed set of cards.
 * @example
 * // card a (bull) quotes [0, 4) and card b (bear) quotes [2, 6) of 'abcdef':
 * computeHighlightSegments('abcdef', [a, b])
 * // → [{ 0, 2, ['a'], [bull] }, { 2, 4, ['a', 'b'], [bull, bear] }, { 4, 6, ['b'], [bear] }]
 */
export function computeHighlightSegments(
  text: string,
  inputs: readonly HighlightInput[],
): HighlightSegment[] {
  const placed: { input: HighlightInput; start: number; end: number }[] = []
  for (const input of inputs) {
    const { range } = cachedAnchoring(text, input.excerpt)
    if (range && range.end > range.start) placed.push({ input, start: range.start, end: range.end })
  }
  const cuts = [...new Set(placed.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b)
  const segments: HighlightSegment[] = []
  // NOTE: quadratic in the number of excerpts on one source; boards hold tens to hundreds, which is cheap.
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number
    const end = cuts[i + 1] as number
    const covering = placed.filter((p) => p.start <= start && p.end >= end).map((p) => p.input)
    if (covering.length === 0) continue
    const stances = [Stance.Bull, Stance.Bear].filter((s) => covering.some((c) => c.stance === s))
    segments.push({ start, end, cardIds: covering.map((c) => c.cardId), stances })
  }
  return segments
}

/** The cards quoting `source` whose passage is no longer in its text, in card order. */
export function selectOrphans(cards: readonly Card[], source: Source): Card[] {
  return cards.filter(
    (card) =>
      card.excerpt?.sourceId === source.id &&
      cachedAnchoring(source.text, card.excerpt).status === AnchorStatus.Orphaned,
  )
}

/** The paint of a segment: its single stance, or mixed when bull and bear cards overlap. */
export function toneOfSegment(segment: HighlightSegment): HighlightTone {
  if (segment.stances.length > 1) return HighlightTone.Mixed
  return segment.stances[0] === Stance.Bear ? HighlightTone.Bear : HighlightTone.Bull
}
