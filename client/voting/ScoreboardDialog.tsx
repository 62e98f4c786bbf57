/** The scoreboard in a dialog, opened from the board's header. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card, Link } from '../../shared/board/schema.ts'
import { scoreBoard } from '../../shared/debate/scoreboard.ts'
import type { VoteResults } from '../../shared/debate/voteResults.ts'
import { Dialog } from '../ui/Dialog.tsx'
import { ScoreboardView } from './ScoreboardView.tsx'

interface ScoreboardDialogProps {
  cards: readonly Card[]
  links: readonly Link[]
  results: VoteResults
  onClose(): void
}

export function ScoreboardDialog({ cards, links, results, onClose }: ScoreboardDialogProps) {
  const { t } = useTranslation('voting')
  const board = useMemo(() => scoreBoard({ cards, links, results }), [cards, links, results])
  return (
    <Dialog title={t('scoreboardTitle')} onClose={onClose} testId="scoreboard-dialog" wide>
      <ScoreboardView board={board} cards={cards} />
    </Dialog>
  )
}
