/** The cards of an article whose passage is no longer in its text, and a way to find each on the board. */
import { useTranslation } from 'react-i18next'
import type { Card } from '../../shared/board/schema.ts'
import { CardPreviewList } from './CardPreviewList.tsx'

export interface OrphanListProps {
  orphans: Card[]
  /** Flies the canvas to the card and selects it, as a click on a highlight does. */
  onShowCard(cardId: string): void
  /** Re-point this card at a passage the person will select (SR4); none where they may not. */
  onRepoint?(cardId: string): void
  /** Whether this participant may re-point the card. */
  canRepoint?(cardId: string): boolean
}

/** "N passages not found": collapsed by default, nothing at all when every quote is found. */
export function OrphanList({ orphans, onShowCard, onRepoint, canRepoint }: OrphanListProps) {
  const { t } = useTranslation('reader')
  const { t: tSources } = useTranslation('sources')
  return (
    <CardPreviewList
      cards={orphans}
      label={t('orphansCount', { count: orphans.length })}
      testId="reader-orphans"
      itemTestId="reader-orphan"
      hint={t('orphansHint')}
      itemTitle={t('orphanShowCard')}
      onShowCard={onShowCard}
      actions={(card) =>
        onRepoint &&
        canRepoint?.(card.id) && (
          <button
            type="button"
            className="link-button reader-orphan-repoint"
            onClick={() => onRepoint(card.id)}
            data-testid="orphan-repoint"
          >
            {tSources('repoint')}
          </button>
        )
      }
    />
  )
}
