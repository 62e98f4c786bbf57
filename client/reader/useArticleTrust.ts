/**
 * The reader's view of one article's trustworthiness: drift of the board's cards (SR4), coverage runs
 * and the next unused passage (SR6), cards of removed articles (SR3), and the card being re-pointed.
 */
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react'
import { cachedAnchoring } from '../../shared/board/anchoring/anchoringCache.ts'
import type { Card, Source } from '../../shared/board/schema.ts'
import { coverageRuns, nextUnusedPassage } from '../../shared/sources/coverage.ts'
import { driftOf } from '../../shared/sources/drift.ts'
import type { TextMatch } from '../../shared/sources/searchText.ts'
import { citedRanges } from './coverageInputs.ts'
import type { ReaderTrust } from './readerTrust.ts'
import { revealPassage } from './revealPassage.ts'
import { paintMatches } from './searchHighlights.ts'

export function useArticleTrust(
  source: Source | undefined,
  sources: readonly Source[],
  cards: readonly Card[],
  trust: ReaderTrust | undefined,
  articleRef: RefObject<HTMLDivElement | null>,
  scrollRef: RefObject<HTMLDivElement | null>,
) {
  const ranges = useMemo(() => (source ? citedRanges(cards, source) : []), [cards, source])
  const runs = useMemo(() => (source ? coverageRuns(source.text.length, ranges) : []), [source, ranges])
  const drift = useMemo(
    () => (source && trust ? driftOf(source, trust.boardCards, cachedAnchoring) : undefined),
    [source, trust],
  )
  const removedSourceCards = useMemo(() => {
    const ids = new Set(sources.map((s) => s.id))
    return cards.filter((card) => card.excerpt && !ids.has(card.excerpt.sourceId))
  }, [sources, cards])

  const reveal = useCallback(
    (range: { start: number; end: number }) => {
      if (articleRef.current) revealPassage(articleRef.current, scrollRef.current, range)
    },
    [articleRef, scrollRef],
  )
  // Where the last "next unused passage" went, so that the next press goes on from there.
  const lastUnused = useRef(-1)
  const goToNextUnused = useCallback(() => {
    if (!source) return
    const next = nextUnusedPassage(source.text, runs, lastUnused.current + 1)
    if (!next) return
    lastUnused.current = next.start
    reveal(next)
  }, [source, runs, reveal])
  const allUsed = useMemo(
    () => !source || nextUnusedPassage(source.text, runs, 0) === undefined,
    [source, runs],
  )
  const paint = useCallback(
    (matches: TextMatch[], current: number) => paintMatches(articleRef.current, matches, current),
    [articleRef],
  )
  const [repointing, setRepointing] = useState<string>()
  return {
    ranges,
    runs,
    drift,
    removedSourceCards,
    reveal,
    goToNextUnused,
    allUsed,
    paint,
    repointing,
    setRepointing,
  }
}
