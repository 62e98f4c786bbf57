/**
 * A card's impact ballot: a button that opens a small popover with two 0–4 segmented controls
 * (strength, relevance). The ballot goes out once both are chosen, and again at each change.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { impactOn } from './ownBallots.ts'
import type { VotingValue } from './VotingContext.ts'

const SCALE = [0, 1, 2, 3, 4] as const
type Axis = 'strength' | 'relevance'

export function ImpactRating({ cardId, voting }: { cardId: string; voting: VotingValue }) {
  const { t } = useTranslation('voting')
  const [open, setOpen] = useState(false)
  const popoverId = useId()
  const mine = impactOn(voting.ballots, cardId)
  return (
    <div className="impact-rating">
      <button
        type="button"
        className={mine ? 'button impact-toggle impact-toggle-done' : 'button impact-toggle'}
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={() => setOpen(!open)}
        data-testid="impact-open"
      >
        {mine ? t('impactRated', { strength: mine.strength, relevance: mine.relevance }) : t('impactRate')}
      </button>
      {open && (
        <ImpactPopover id={popoverId} cardId={cardId} voting={voting} onClose={() => setOpen(false)} />
      )}
    </div>
  )
}

interface ImpactPopoverProps {
  id: string
  cardId: string
  voting: VotingValue
  onClose(): void
}

function ImpactPopover({ id, cardId, voting, onClose }: ImpactPopoverProps) {
  const { t } = useTranslation('voting')
  const { t: tCommon } = useTranslation()
  const mine = impactOn(voting.ballots, cardId)
  const [draft, setDraft] = useState<Partial<Record<Axis, number>>>(() => ({ ...mine }))
  const choose = (axis: Axis, value: number) => {
    const next = { ...draft, [axis]: value }
    setDraft(next)
    if (next.strength !== undefined && next.relevance !== undefined)
      void voting.cast({ kind: 'impact', cardId, strength: next.strength, relevance: next.relevance })
  }
  return (
    <div
      id={id}
      className="impact-popover"
      role="group"
      aria-label={t('impactTitle')}
      data-testid="impact-popover"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        // Escape closes the popover only, not the card's editing or a dialog around it.
        event.stopPropagation()
        onClose()
      }}
    >
      {(['strength', 'relevance'] as const).map((axis) => (
        <Segmented key={axis} axis={axis} value={draft[axis]} onChoose={(value) => choose(axis, value)} />
      ))}
      <button type="button" className="button impact-close" onClick={onClose} data-testid="impact-close">
        {tCommon('common.close')}
      </button>
    </div>
  )
}

function Segmented(props: { axis: Axis; value: number | undefined; onChoose(value: number): void }) {
  const { t } = useTranslation('voting')
  const name = useId()
  return (
    <fieldset className="segmented" data-testid={`impact-${props.axis}`}>
      <legend>{t(props.axis)}</legend>
      {SCALE.map((value) => (
        <label key={value} className="segmented-option">
          <input
            type="radio"
            name={name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChoose(value)}
          />
          <span>{value}</span>
        </label>
      ))}
    </fieldset>
  )
}
