/** The scoreboard's content: the chart, then per side its strongest cards and the arguments nobody answered. */
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card } from '../../shared/board/schema.ts'
import type { Scoreboard, SideScore } from '../../shared/debate/scoreboard.ts'
import './voting.css'

interface ScoreboardViewProps {
  board: Scoreboard
  cards: readonly Card[]
}

// The chart library is large and only needed once a vote is revealed: it loads then, not with the board.
const ScoreboardChart = lazy(() =>
  import('./ScoreboardChart.tsx').then((module) => ({ default: module.ScoreboardChart })),
)

export function ScoreboardView({ board, cards }: ScoreboardViewProps) {
  const { t } = useTranslation('voting')
  if (!board.basis)
    return (
      <p className="scoreboard-empty" data-testid="scoreboard-empty">
        {t('scoreboardEmpty')}
      </p>
    )
  const byId = new Map(cards.map((card) => [card.id, card]))
  return (
    <div className="scoreboard" data-testid="scoreboard" data-basis={board.basis}>
      <Suspense fallback={<p className="scoreboard-none">{t('chartLoading')}</p>}>
        <ScoreboardChart board={board} />
      </Suspense>
      <div className="scoreboard-sides">
        {(['bull', 'bear'] as const).map((stance) => (
          <SideColumn key={stance} stance={stance} side={board[stance]} byId={byId} />
        ))}
      </div>
    </div>
  )
}

interface SideColumnProps {
  stance: 'bull' | 'bear'
  side: SideScore
  byId: Map<string, Card>
}

function SideColumn({ stance, side, byId }: SideColumnProps) {
  const { t } = useTranslation('voting')
  const text = (cardId: string) => byId.get(cardId)?.text.trim() || t('untitledCard')
  return (
    <section className={`scoreboard-side scoreboard-${stance}`} data-testid={`scoreboard-${stance}`}>
      <h3>{t(stance)}</h3>
      <p className="scoreboard-excerpts" data-testid={`excerpts-${stance}`}>
        {t('excerpts', { count: side.excerpts })}
      </p>
      <h4>{t('strongest')}</h4>
      {side.strongest.length === 0 ? (
        <p className="scoreboard-none">{t('noStrongest')}</p>
      ) : (
        <ol data-testid={`strongest-${stance}`}>
          {side.strongest.map(({ cardId, score }) => (
            <li key={cardId} data-card-id={cardId}>
              {text(cardId)} <span className="scoreboard-score">{t('score', { score })}</span>
            </li>
          ))}
        </ol>
      )}
      <h4>{t('unanswered')}</h4>
      {side.unanswered.length === 0 ? (
        <p className="scoreboard-none">{t('noUnanswered')}</p>
      ) : (
        <ul data-testid={`unanswered-${stance}`}>
          {side.unanswered.map((cardId) => (
            <li key={cardId} data-card-id={cardId}>
              {text(cardId)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
