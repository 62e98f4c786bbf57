/**
 * The moderator's decision dialog: the outcome (the format's own), a rationale and the cards it
 * cites. The server checks all of it again (shared/debate/decision.ts) and writes the session.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card } from '../../shared/board/schema.ts'
import { MAX_RATIONALE_LENGTH, outcomesOf, type Outcome } from '../../shared/debate/decision.ts'
import type { SessionState } from '../../shared/debate/session.ts'
import type { Facilitate } from '../debate/useFacilitate.ts'
import { Dialog } from '../ui/Dialog.tsx'
import { cardLabel } from './cardLabel.ts'
import './decision.css'

interface DecisionDialogProps {
  session: Pick<SessionState, 'format' | 'decision'>
  cards: readonly Card[]
  facilitate: Facilitate
  onClose(): void
}

export function DecisionDialog({ session, cards, facilitate, onClose }: DecisionDialogProps) {
  const { t } = useTranslation('decision')
  const { t: tCommon } = useTranslation()
  const rationaleId = useId()
  const hintId = useId()
  const recorded = session.decision
  const [outcome, setOutcome] = useState<Outcome | null>(recorded?.outcome ?? null)
  const [rationale, setRationale] = useState(recorded?.rationale ?? '')
  const [cited, setCited] = useState<ReadonlySet<string>>(new Set(recorded?.cardIds ?? []))
  const [busy, setBusy] = useState(false)
  const toggle = (cardId: string, on: boolean) =>
    setCited((current) => {
      const next = new Set(current)
      if (on) next.add(cardId)
      else next.delete(cardId)
      return next
    })
  const run = async (action: Parameters<Facilitate>[0]) => {
    setBusy(true)
    await facilitate(action)
    setBusy(false)
    onClose()
  }
  const record = () => {
    if (!outcome) return
    // Only cards still on the board: one removed since the dialog opened would be refused.
    const cardIds = cards.filter((card) => cited.has(card.id)).map((card) => card.id)
    void run({ type: 'decide', outcome, rationale: rationale.trim(), cardIds })
  }
  return (
    <Dialog title={t('dialogTitle')} onClose={onClose} testId="decision-dialog" wide>
      <form
        className="decision-form"
        onSubmit={(event) => {
          event.preventDefault()
          record()
        }}
      >
        <fieldset className="decision-outcomes">
          <legend>{t('outcomeLegend')}</legend>
          {outcomesOf(session.format).map((option) => (
            <label key={option} className="decision-outcome">
              <input
                type="radio"
                name="outcome"
                value={option}
                checked={outcome === option}
                onChange={() => setOutcome(option)}
                data-testid={`decision-outcome-${option}`}
              />
              {t(`outcome_${option}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={rationaleId}>{t('rationaleLabel')}</label>
        <textarea
          id={rationaleId}
          className="decision-rationale"
          value={rationale}
          maxLength={MAX_RATIONALE_LENGTH}
          rows={4}
          aria-describedby={hintId}
          onChange={(event) => setRationale(event.target.value)}
          data-testid="decision-rationale"
        />
        <p id={hintId} className="muted decision-hint">
          {t('rationaleHint', { used: rationale.length, max: MAX_RATIONALE_LENGTH })}
        </p>
        <fieldset className="decision-cites">
          <legend>{t('citeLegend')}</legend>
          {cards.length === 0 && <p className="muted">{t('noCardsToCite')}</p>}
          <ul>
            {cards.map((card) => (
              <li key={card.id}>
                <label className={`decision-cite decision-cite-${card.stance}`}>
                  <input
                    type="checkbox"
                    checked={cited.has(card.id)}
                    onChange={(event) => toggle(card.id, event.target.checked)}
                    data-testid="decision-cite"
                    data-card-id={card.id}
                  />
                  <span>{cardLabel(card, t('untitledCard'))}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {!outcome && <p className="muted">{t('chooseOutcome')}</p>}
        <div className="dialog-actions decision-actions">
          {recorded && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run({ type: 'clear-decision' })}
              data-testid="decision-clear"
            >
              {t('clear')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {tCommon('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={!outcome || busy}
            data-testid="decision-record"
          >
            {busy ? t('recording') : t('record')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
