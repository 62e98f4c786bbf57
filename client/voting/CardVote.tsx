/**
 * The voting strip at a card's foot: while a dot or impact vote is open, this person's control; once
 * the moderator revealed the vote, the card's dots or impact for everyone.
 */
import { useTranslation } from 'react-i18next'
import { dotBallot, dotsOn } from './ownBallots.ts'
import { ImpactRating } from './ImpactRating.tsx'
import { useVoting, type VotingValue } from './VotingContext.ts'
import './voting.css'

export function CardVote({ cardId }: { cardId: string }) {
  const voting = useVoting()
  const control =
    voting.open === 'dot' ? (
      <DotControl cardId={cardId} voting={voting} />
    ) : voting.open === 'impact' ? (
      <ImpactRating cardId={cardId} voting={voting} />
    ) : null
  const revealed =
    voting.results.dot || voting.results.impact ? <RevealedScore cardId={cardId} voting={voting} /> : null
  if (!control && !revealed) return null
  return (
    // nodrag/nopan: pressing a vote button must not start moving the card or the canvas.
    <div className="card-vote nodrag nopan" data-testid="card-vote">
      {control}
      {revealed}
    </div>
  )
}

function DotControl({ cardId, voting }: { cardId: string; voting: VotingValue }) {
  const { t } = useTranslation('voting')
  const mine = dotsOn(voting.ballots, cardId)
  const sending = voting.status.status === 'sending'
  const send = (delta: 1 | -1) => {
    const ballot = dotBallot(voting.ballots, cardId, delta, voting.dotsLeft)
    if (ballot) void voting.cast(ballot)
  }
  return (
    <div className="dot-control" role="group" aria-label={t('dotsOnCard', { count: mine })}>
      <button
        type="button"
        className="icon-button dot-button"
        aria-label={t('dotRemove')}
        title={t('dotRemove')}
        disabled={sending || mine === 0}
        onClick={() => send(-1)}
        data-testid="dot-remove"
      >
        −
      </button>
      <span className="dot-count" data-testid="dot-count" aria-live="polite">
        <span aria-hidden="true">{'●'.repeat(Math.min(mine, 10))}</span>
        <span className="dot-count-number">{mine}</span>
      </span>
      <button
        type="button"
        className="icon-button dot-button"
        aria-label={t('dotAdd')}
        title={t('dotAdd')}
        disabled={sending || voting.dotsLeft < 1}
        onClick={() => send(1)}
        data-testid="dot-add"
      >
        +
      </button>
    </div>
  )
}

function RevealedScore({ cardId, voting }: { cardId: string; voting: VotingValue }) {
  const { t } = useTranslation('voting')
  const { dot, impact } = voting.results
  if (impact) {
    const tally = impact.cards[cardId]
    return (
      <span className="revealed-score" data-testid="revealed-impact" data-impact={tally?.impact ?? 0}>
        {t('revealedImpact', { impact: tally?.impact ?? 0, votes: tally?.votes ?? 0 })}
      </span>
    )
  }
  if (dot) {
    const count = dot.dots[cardId] ?? 0
    return (
      <span className="revealed-score" data-testid="revealed-dots" data-dots={count}>
        {t('revealedDots', { count })}
      </span>
    )
  }
  return null
}
