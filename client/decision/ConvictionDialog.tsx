/** The conviction view (committee): each member's pre-vote and final vote side by side, the shift, and the cards they marked. */
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Card } from '../../shared/board/schema.ts'
import type { RosterEntry } from '../../shared/debate/roster.ts'
import type { VoteResults } from '../../shared/debate/voteResults.ts'
import { Dialog } from '../ui/Dialog.tsx'
import { cardLabel } from './cardLabel.ts'
import { convictionRows } from './convictionRows.ts'
import './decision.css'

interface ConvictionDialogProps {
  conviction: NonNullable<VoteResults['conviction']>
  cards: readonly Card[]
  /** The roster, which only the moderator receives: names then replace "Member 1…". */
  roster: ReadonlyMap<string, RosterEntry> | undefined
  onClose(): void
}

export function ConvictionDialog({ conviction, cards, roster, onClose }: ConvictionDialogProps) {
  const { t } = useTranslation('decision')
  const rows = convictionRows(conviction, roster)
  const byId = new Map(cards.map((card) => [card.id, card]))
  const nameOf = (cardId: string) => {
    const card = byId.get(cardId)
    return card ? cardLabel(card, t('untitledCard')) : t('citedCardGone')
  }
  return (
    <Dialog title={t('convictionTitle')} onClose={onClose} testId="conviction-dialog" wide>
      {rows.length === 0 ? (
        <p className="muted">{t('convictionNone')}</p>
      ) : (
        <div className="conviction-scroll">
          <table className="conviction-table" data-testid="conviction-table">
            <thead>
              <tr>
                <th scope="col">{t('convictionMember')}</th>
                <th scope="col">{t('convictionPre')}</th>
                <th scope="col">{t('convictionFinal')}</th>
                <th scope="col">{t('convictionShift')}</th>
                <th scope="col">{t('convictionCards')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.participantId} data-testid="conviction-row">
                  <th scope="row">{row.name ?? t('memberNumber', { number: row.number })}</th>
                  <td>{stance(t, row.pre)}</td>
                  <td>{stance(t, row.final)}</td>
                  <td className={shiftClass(row.shift)}>{signed(row.shift) ?? t('convictionNoVote')}</td>
                  <td>
                    {row.cardIds.length === 0 ? (
                      t('convictionNoVote')
                    ) : (
                      <ul>
                        {row.cardIds.map((cardId) => (
                          <li key={cardId}>{nameOf(cardId)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  )
}

/** A signed conviction as words: "for 4", "against 2", or a dash without a vote. */
function stance(t: TFunction<'decision'>, value: number | null): string {
  if (value === null) return t('convictionNoVote')
  return value >= 0 ? t('convictionFor', { value }) : t('convictionAgainst', { value: -value })
}

function signed(value: number | null): string | null {
  if (value === null) return null
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0'
}

function shiftClass(shift: number | null): string | undefined {
  if (shift === null || shift === 0) return undefined
  return shift > 0 ? 'conviction-shift-up' : 'conviction-shift-down'
}
