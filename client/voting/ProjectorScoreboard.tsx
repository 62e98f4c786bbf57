/** The projector's scoreboard: once a vote is revealed, the chart stands beside the board for the room. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card, Link } from '../../shared/board/schema.ts'
import { scoreBoard } from '../../shared/debate/scoreboard.ts'
import type { VoteResults } from '../../shared/debate/voteResults.ts'
import { ScoreboardView } from './ScoreboardView.tsx'

interface ProjectorScoreboardProps {
  cards: readonly Card[]
  links: readonly Link[]
  results: VoteResults
}

export function ProjectorScoreboard({ cards, links, results }: ProjectorScoreboardProps) {
  const { t } = useTranslation('voting')
  const board = useMemo(() => scoreBoard({ cards, links, results }), [cards, links, results])
  if (!board.basis) return null
  return (
    <aside
      className="projector-scoreboard"
      aria-label={t('scoreboardTitle')}
      data-testid="projector-scoreboard"
    >
      <h2>{t('scoreboardTitle')}</h2>
      <ScoreboardView board={board} cards={cards} />
    </aside>
  )
}
