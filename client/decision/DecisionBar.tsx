/**
 * The decision under the debate bar, for everyone once the moderator recorded it: the outcome, the
 * rationale and the cards it cites; on a committee board, the conviction view once revealed. The
 * moderator changes the decision from here (and records it first from the facilitation panel).
 */
import { useState, type ComponentProps } from 'react'
import { useTranslation } from 'react-i18next'
import { Role } from '../../shared/access.ts'
import type { Card } from '../../shared/board/schema.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { useSeat, useSessionState } from '../debate/useDebate.ts'
import { useFacilitate } from '../debate/useFacilitate.ts'
import { useRosterOf } from '../drafting/useRosterNames.ts'
import { useBoardSnapshot } from '../sync/useBoardSnapshot.ts'
import { cardLabel } from './cardLabel.ts'
import { ConvictionDialog } from './ConvictionDialog.tsx'
import { DecisionDialog } from './DecisionDialog.tsx'
import './decision.css'

interface DecisionBarProps {
  provider: BoardProvider
  cards: readonly Card[]
}

export function DecisionBar({ provider, cards }: DecisionBarProps) {
  const { t } = useTranslation('decision')
  const session = useSessionState(provider)
  const moderator = useSeat(provider)?.role === Role.Moderate
  const facilitate = useFacilitate(provider)
  const roster = useRosterOf(provider)
  const [dialog, setDialog] = useState<'decision' | 'conviction' | null>(null)
  const { decision } = session
  const conviction = session.results.conviction
  if (!decision && !conviction) return null
  const byId = new Map(cards.map((card) => [card.id, card]))
  return (
    <section className="decision-bar" aria-label={t('bannerLabel')} data-testid="decision-bar">
      {decision && (
        <>
          <span className="decision-banner-label">{t('bannerLabel')}</span>
          <strong className="decision-banner-outcome" data-testid="decision-outcome">
            {t(`outcome_${decision.outcome}`)}
          </strong>
          {decision.rationale && (
            <p className="decision-banner-rationale" data-testid="decision-rationale-shown">
              {decision.rationale}
            </p>
          )}
        </>
      )}
      {conviction && (
        <button
          type="button"
          className="button"
          onClick={() => setDialog('conviction')}
          data-testid="conviction-open"
        >
          {t('convictionOpen')}
        </button>
      )}
      {decision && moderator && (
        <button
          type="button"
          className="button"
          onClick={() => setDialog('decision')}
          data-testid="decision-edit"
        >
          {t('editDecision')}
        </button>
      )}
      {decision && decision.cardIds.length > 0 && (
        <ol
          className="decision-banner-cites"
          aria-label={t('bannerCites', { count: decision.cardIds.length })}
        >
          {decision.cardIds.map((cardId) => {
            const card = byId.get(cardId)
            return (
              <li key={cardId} data-testid="decision-cited" data-card-id={cardId}>
                {card ? cardLabel(card, t('untitledCard')) : t('citedCardGone')}
              </li>
            )
          })}
        </ol>
      )}
      {dialog === 'decision' && (
        <DecisionDialog
          session={session}
          cards={cards}
          facilitate={facilitate}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'conviction' && conviction && (
        <ConvictionDialog
          conviction={conviction}
          cards={cards}
          roster={roster}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  )
}

/** The moderator's button that opens the decision dialog (in the facilitation panel). */
export function DecisionButton({ provider }: { provider: BoardProvider }) {
  const { t } = useTranslation('decision')
  const session = useSessionState(provider)
  const facilitate = useFacilitate(provider)
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="decision-open">
        {session.decision ? t('editDecision') : t('openDialog')}
      </button>
      {open && (
        <BoardDecisionDialog
          provider={provider}
          session={session}
          facilitate={facilitate}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}

/**
 * The decision dialog over the board's cards, read only while it is open: a board store kept by the
 * facilitation panel would re-read the board on every update for a button.
 */
function BoardDecisionDialog({
  provider,
  ...props
}: Omit<ComponentProps<typeof DecisionDialog>, 'cards'> & { provider: BoardProvider }) {
  const { cards } = useBoardSnapshot(provider.doc, provider.control)
  return <DecisionDialog {...props} cards={cards} />
}
