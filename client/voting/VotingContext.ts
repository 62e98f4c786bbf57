/** What cards on the canvas need to take and show votes: the open ballot, this person's ballots, the results. */
import { createContext, useContext } from 'react'
import type { Ballot, VoteKind } from '../../shared/debate/ballots.ts'
import type { VoteResults } from '../../shared/debate/voteResults.ts'
import type { BallotStatus } from './useBallots.ts'

export interface VotingValue {
  /** The kind of ballot this person may cast on cards now; null when they may not. */
  open: VoteKind | null
  ballots: readonly Ballot[]
  status: BallotStatus
  /** Dots still to spend (dot votes only). */
  dotsLeft: number
  cast(ballot: Ballot): Promise<void>
  /** Takes the own ballots another vote was acknowledged with. */
  record(own: readonly Ballot[]): void
  /** What the moderator revealed. */
  results: VoteResults
}

/** Outside a debate (a component test, a free board): no vote, nothing revealed. */
export const NO_VOTING: VotingValue = {
  open: null,
  ballots: [],
  status: { status: 'idle' },
  dotsLeft: 0,
  cast: async () => {},
  record: () => {},
  results: {},
}

export const VotingContext = createContext<VotingValue>(NO_VOTING)

export function useVoting(): VotingValue {
  return useContext(VotingContext)
}
