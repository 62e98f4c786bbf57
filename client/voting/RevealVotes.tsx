/**
 * The moderator's part of a vote, in the facilitation panel: the dot budget (dot votes), "Reveal
 * votes", and how the last reveal went (how many voted, or why the server refused it).
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { voteKindOf } from '../../shared/debate/ballots.ts'
import type { FacilitationAction } from '../../shared/debate/facilitation.ts'
import type { SessionState } from '../../shared/debate/session.ts'
import { MAX_DOT_BUDGET } from '../../shared/debate/voteResults.ts'

type Send = (action: FacilitationAction) => Promise<void>
type Outcome = { status: 'idle' | 'sending' } | { status: 'failed'; message: string }

/** `send` rejects with the server's refusal, so the panel can say it here (not only in a toast). */
export function RevealVotes({ session, send }: { session: SessionState; send: Send }) {
  const { t } = useTranslation('voting')
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' })
  const kind = voteKindOf(session.format)
  if (!kind) return null
  const revealed = session.results[kind]
  const reveal = async () => {
    setOutcome({ status: 'sending' })
    try {
      await send({ type: 'reveal-votes', vote: kind })
      setOutcome({ status: 'idle' })
    } catch (error) {
      setOutcome({ status: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }
  return (
    <div className="reveal-votes" data-testid="reveal-votes-section">
      <h3>{t('revealHeading')}</h3>
      {kind === 'dot' && <DotBudget budget={session.dotBudget} send={send} />}
      <button
        type="button"
        className="button button-primary"
        disabled={outcome.status === 'sending'}
        onClick={() => void reveal()}
        data-testid="reveal-votes"
      >
        {outcome.status === 'sending' ? t('revealing') : t('revealVotes')}
      </button>
      <p className="reveal-outcome" role="status" data-testid="reveal-outcome">
        {outcome.status === 'failed'
          ? t('revealFailed', { reason: outcome.message })
          : revealed
            ? t('revealDone', { count: revealed.voters })
            : t('revealNever')}
      </p>
    </div>
  )
}

function DotBudget({ budget, send }: { budget: number; send: Send }) {
  const { t } = useTranslation('voting')
  const [value, setValue] = useState(String(budget))
  const dots = Number(value)
  const valid = Number.isInteger(dots) && dots >= 1 && dots <= MAX_DOT_BUDGET
  return (
    <form
      className="dot-budget"
      onSubmit={(event) => {
        event.preventDefault()
        if (valid) void send({ type: 'dot-budget', dots }).catch(() => setValue(String(budget)))
      }}
    >
      <label>
        {t('dotBudget')}{' '}
        <input
          type="number"
          min={1}
          max={MAX_DOT_BUDGET}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          data-testid="dot-budget"
        />
      </label>
      <button
        type="submit"
        className="button"
        disabled={!valid || dots === budget}
        data-testid="dot-budget-set"
      >
        {t('dotBudgetSet')}
      </button>
    </form>
  )
}
