/** The pieces of the reader that useArticleTrust feeds: tools and re-point bar, drift lists, coverage strip. */
import './trust.css'
import type { ReactNode } from 'react'
import type { Source } from '../../shared/board/schema.ts'
import { CoverageStrip } from './CoverageStrip.tsx'
import { DriftPanel } from './DriftPanel.tsx'
import type { ReaderTrust } from './readerTrust.ts'
import { ReaderTools } from './ReaderTools.tsx'
import { RemovedSourceCards } from './RemovedSourceCards.tsx'
import { RepointBar } from './RepointBar.tsx'
import type { useArticleTrust } from './useArticleTrust.ts'

type Trusted = ReturnType<typeof useArticleTrust>

/** Above the article: search, next unused passage, team coverage; while re-pointing, the re-point bar. */
export function ArticleTrustBars(props: {
  source: Source
  trusted: Trusted
  trust: ReaderTrust | undefined
  selection: { sourceId: string; start: number; end: number } | null
  onRepointDone(): void
}) {
  const { source, trusted, trust, selection } = props
  const cardId = trusted.repointing
  return (
    <>
      <ReaderTools
        text={source.text}
        ranges={trusted.ranges}
        showTeams={trust?.showTeamCoverage ?? false}
        onNextUnused={trusted.goToNextUnused}
        allUsed={trusted.allUsed}
        onReveal={trusted.reveal}
        onMatches={trusted.paint}
      />
      {trust && cardId && (
        <RepointBar
          ready={selection !== null}
          onPoint={() => {
            if (!selection) return
            trust.onRepoint([{ cardId, passage: selection }])
            trusted.setRepointing(undefined)
            props.onRepointDone()
          }}
          onCancel={() => trusted.setRepointing(undefined)}
        />
      )}
    </>
  )
}

/** In the article's head: the drift panel and the cards of removed articles. */
export function ArticleTrustLists(props: {
  trusted: Trusted
  trust: ReaderTrust | undefined
  onShowCard(cardId: string): void
}) {
  const { trusted, trust, onShowCard } = props
  return (
    <>
      <RemovedSourceCards cards={trusted.removedSourceCards} onShowCard={onShowCard} />
      {trust && trusted.drift && (
        <DriftPanel
          drift={trusted.drift}
          canChange={trust.canChangeCard}
          onShowCard={onShowCard}
          onAccept={(entries) =>
            trust.onRepoint(
              entries.map((entry) => ({
                cardId: entry.cardId,
                passage: { sourceId: entry.excerpt.sourceId, ...entry.range },
              })),
            )
          }
        />
      )}
    </>
  )
}

/** The article's scrolling pane with the coverage strip beside it. */
export function CoverageBeside(props: { trusted: Trusted; length: number; children: ReactNode }) {
  return (
    <div className="reader-body">
      {props.children}
      <CoverageStrip runs={props.trusted.runs} length={props.length} onGoTo={props.trusted.reveal} />
    </div>
  )
}
