/** A committee member's ballot on the motion: for or against, and a conviction from 1 to 5, for the round open now. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConvictionRound } from '../../shared/debate/ballots.ts'
import { convictionIn } from './ownBallots.ts'
import type { VotingValue } from './VotingContext.ts'

const CONVICTIONS = [1, 2, 3, 4, 5] as const
type Side = 'for' | 'against'

export function ConvictionBallot({ round, voting }: { round: ConvictionRound | null; voting: VotingValue }) {
  const { t } = useTranslation('voting')
  if (!round) return <span className="voting-hint">{t('convictionClosed')}</span>
  // A new round starts from a blank form: the key remounts it.
  return <ConvictionForm key={round} round={round} voting={voting} />
}

function ConvictionForm({ round, voting }: { round: ConvictionRound; voting: VotingValue }) {
  const { t } = useTranslation('voting')
  const cast = convictionIn(voting.ballots, round)
  const [side, setSide] = useState<Side | undefined>(cast?.side)
  const [conviction, setConviction] = useState<number | undefined>(cast?.conviction)
  const ready = side !== undefined && conviction !== undefined
  return (
    <form
      className="conviction-ballot"
      data-testid="conviction-ballot"
      data-round={round}
      onSubmit={(event) => {
        event.preventDefault()
        if (ready) void voting.cast({ kind: 'conviction', round, side, conviction })
      }}
    >
      <strong>
        {t('convictionTitle')} · {t(round === 'pre' ? 'convictionPre' : 'convictionFinal')}
      </strong>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('convictionSide')}</legend>
        {(['for', 'against'] as const).map((value) => (
          <label key={value} className="segmented-option segmented-wide">
            <input
              type="radio"
              name={`side-${round}`}
              checked={side === value}
              onChange={() => setSide(value)}
              data-testid={`conviction-${value}`}
            />
            <span>{t(value)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t('conviction')}</legend>
        {CONVICTIONS.map((value) => (
          <label key={value} className="segmented-option">
            <input
              type="radio"
              name={`conviction-${round}`}
              checked={conviction === value}
              onChange={() => setConviction(value)}
            />
            <span>{value}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={!ready} data-testid="conviction-cast">
        {t('convictionCast')}
      </button>
      {cast && (
        <span className="voting-status" data-testid="conviction-saved">
          {t('convictionSaved', { side: t(cast.side), conviction: cast.conviction })}
        </span>
      )}
    </form>
  )
}
