/** "Changed my mind" on a card, for committee members during the discussion and the final vote. */
import { useTranslation } from 'react-i18next'
import { useMindMarksContext } from './mindMarks.ts'
import './decision.css'

export function MindMarkButton({ cardId }: { cardId: string }) {
  const { t } = useTranslation('decision')
  const marks = useMindMarksContext()
  if (!marks?.open) return null
  const marked = marks.marked.has(cardId)
  return (
    <button
      type="button"
      className="button mind-mark nodrag"
      aria-pressed={marked}
      title={t('markMindHint')}
      onClick={() => marks.toggle(cardId)}
      data-testid="mind-mark"
    >
      {marked ? t('markedMind') : t('markMind')}
    </button>
  )
}
