/** Builds the voting context of a board from its session, this connection's role and its own ballots. */
import { useMemo } from 'react'
import type { Role } from '../../shared/access.ts'
import type { Card } from '../../shared/board/schema.ts'
import { canVote, voteKindOf, type VoteKind } from '../../shared/debate/ballots.ts'
import { rulesNow, type SessionState } from '../../shared/debate/session.ts'
import { dotsLeft } from './ownBallots.ts'
import type { Ballots } from './useBallots.ts'
import type { VotingValue } from './VotingContext.ts'

/** The ballot this role may cast now: the format's kind while the phase takes votes, else null. */
export function openVote(session: SessionState, role: Role | undefined): VoteKind | null {
  if (!role || !canVote(role) || !rulesNow(session).votes) return null
  return voteKindOf(session.format)
}

export function useVotingValue(
  session: SessionState,
  role: Role | undefined,
  cards: readonly Card[],
  ballots: Ballots,
): VotingValue {
  const open = openVote(session, role)
  const cardIds = useMemo(() => new Set(cards.map((card) => card.id)), [cards])
  const left = dotsLeft(ballots.ballots, session.dotBudget, cardIds)
  return useMemo(
    () => ({
      open,
      ballots: ballots.ballots,
      status: ballots.status,
      dotsLeft: left,
      cast: ballots.cast,
      record: ballots.record,
      results: session.results,
    }),
    [open, ballots.ballots, ballots.status, left, ballots.cast, ballots.record, session.results],
  )
}
