/**
 * The voter's strip under the phase banner while a vote is open: how to vote, the dots left, the
 * committee's conviction ballot, and why the server refused the last ballot.
 */
import { useTranslation } from 'react-i18next'
import { convictionRoundNow } from '../../shared/debate/ballots.ts'
import type { SessionState } from '../../shared/debate/session.ts'
import { ConvictionBallot } from './ConvictionBallot.tsx'
import type { VotingValue } from './VotingContext.ts'
import './voting.css'

interface VotingBarProps {
  session: SessionState
  voting: VotingValue
}

export function VotingBar({ session, voting }: VotingBarProps) {
  const { t } = useTranslation('voting')
  if (!voting.open) return null
  const { status } = voting
  return (
    <section className="voting-bar" data-testid="voting-bar" data-vote={voting.open}>
      {voting.open === 'dot' && (
        <>
          <strong className="dots-left" data-testid="dots-left" data-left={voting.dotsLeft}>
            {t('dotsLeft', { left: voting.dotsLeft, budget: session.dotBudget })}
          </strong>
          <span className="voting-hint">{t('dotHint')}</span>
        </>
      )}
      {voting.open === 'impact' && <span className="voting-hint">{t('impactHint')}</span>}
      {voting.open === 'conviction' && (
        <ConvictionBallot round={convictionRoundNow(session)} voting={voting} />
      )}
      {status.status === 'sending' && <span className="voting-status">{t('sending')}</span>}
      {status.status === 'refused' && (
        <span className="voting-refusal" role="alert" data-testid="vote-refused">
          {t('refused', { reason: status.message })}
        </span>
      )}
    </section>
  )
}
