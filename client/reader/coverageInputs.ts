/** The cited ranges of one article for its coverage: each card's excerpt where it stands now. */
import { cachedAnchoring } from '../../shared/board/anchoring/anchoringCache.ts'
import type { Card, Source } from '../../shared/board/schema.ts'
import type { CitedRange } from '../../shared/sources/coverage.ts'

/** The ranges the cards citing `source` cover in its current text; orphans cover nothing. */
export function citedRanges(cards: readonly Card[], source: Source): CitedRange[] {
  const ranges: CitedRange[] = []
  for (const card of cards) {
    if (card.unreadable || card.excerpt?.sourceId !== source.id) continue
    const { range } = cachedAnchoring(source.text, card.excerpt)
    if (range) ranges.push({ ...range, stance: card.stance, ...(card.team ? { team: card.team } : {}) })
  }
  return ranges
}
