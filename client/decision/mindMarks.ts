/**
 * A committee member's "this changed my mind" marks: sent as `mind` ballots, kept blind by the
 * server until the conviction reveal. They are read from the member's own ballots (client/voting),
 * which the server lists at every seat and with each acknowledgement.
 */
import { createContext, useCallback, useContext, useMemo } from 'react'
import { canVote, mindMarksOpen, voteKindOf, VoteKind } from '../../shared/debate/ballots.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { useSeat, useSessionState } from '../debate/useDebate.ts'
import { useToast } from '../ui/ToastProvider.tsx'
import { useVoting } from '../voting/VotingContext.ts'

export interface MindMarks {
  /** Whether this participant may mark cards now. */
  open: boolean
  marked: ReadonlySet<string>
  toggle(cardId: string): void
}

/** Outside a committee board (and in component tests): no marks. */
export const MindMarksContext = createContext<MindMarks | null>(null)

/** The marks of the cards on the canvas, for its card nodes. */
export function useMindMarksContext(): MindMarks | null {
  return useContext(MindMarksContext)
}

/** This participant's marks and the way to change them; inside the board's VotingContext. */
export function useMindMarks(provider: BoardProvider): MindMarks {
  const session = useSessionState(provider)
  const seat = useSeat(provider)
  const showToast = useToast()
  const { ballots, record } = useVoting()
  const marked = useMemo<ReadonlySet<string>>(
    () => new Set(ballots.flatMap((ballot) => (ballot.kind === 'mind' ? [ballot.cardId] : []))),
    [ballots],
  )
  const open =
    seat !== undefined &&
    canVote(seat.role) &&
    voteKindOf(session.format) === VoteKind.Conviction &&
    mindMarksOpen(session)
  const toggle = useCallback(
    (cardId: string) => {
      provider
        .vote({ kind: 'mind', cardId, changed: !marked.has(cardId) })
        .then(record)
        .catch((error: unknown) => showToast(error instanceof Error ? error.message : String(error)))
    },
    [provider, marked, record, showToast],
  )
  return useMemo(() => ({ open, marked, toggle }), [open, marked, toggle])
}
