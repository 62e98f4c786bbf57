/**
 * A committee member's "this changed my mind" marks: sent as `mind` ballots, kept blind by the
 * server until the conviction reveal. The member's own marks come back with each acknowledgement.
 */
import { createContext, useCallback, useContext, useMemo, useState } from 'react'
import { canVote, mindMarksOpen, voteKindOf, VoteKind, type Ballot } from '../../shared/debate/ballots.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { useSeat, useSessionState } from '../debate/useDebate.ts'
import { useToast } from '../ui/ToastProvider.tsx'

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

/** This participant's marks and the way to change them. */
export function useMindMarks(provider: BoardProvider): MindMarks {
  const session = useSessionState(provider)
  const seat = useSeat(provider)
  const showToast = useToast()
  // NOTE: the server sends no ballots back but on a vote, so after a reload this starts empty until the next mark.
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set())
  const open =
    seat !== undefined &&
    canVote(seat.role) &&
    voteKindOf(session.format) === VoteKind.Conviction &&
    mindMarksOpen(session)
  const toggle = useCallback(
    (cardId: string) => {
      provider
        .vote({ kind: 'mind', cardId, changed: !marked.has(cardId) })
        .then((own: Ballot[]) =>
          setMarked(new Set(own.flatMap((ballot) => (ballot.kind === 'mind' ? [ballot.cardId] : [])))),
        )
        .catch((error: unknown) => showToast(error instanceof Error ? error.message : String(error)))
    },
    [provider, marked, showToast],
  )
  return useMemo(() => ({ open, marked, toggle }), [open, marked, toggle])
}
