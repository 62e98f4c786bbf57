/** Cards quoting an article the moderator removed (SPEC SR3): listed, each a way to its card. */
import { useTranslation } from 'react-i18next'
import type { Card } from '../../shared/board/schema.ts'
import { CardPreviewList } from './CardPreviewList.tsx'

export function RemovedSourceCards({ cards, onShowCard }: { cards: Card[]; onShowCard(id: string): void }) {
  const { t } = useTranslation('sources')
  return (
    <CardPreviewList
      cards={cards}
      label={t('removedTitle', { count: cards.length })}
      testId="removed-source-cards"
      itemTestId="removed-source-card"
      onShowCard={onShowCard}
    />
  )
}
