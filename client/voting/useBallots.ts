/**
 * This participant's own ballots, as the server last listed them (asked at every seat, so after a
 * reload or a reconnection too, then from each `vote` acknowledgement), and the way to cast one.
 * Nobody else's ballot ever reaches this client (VO7), so this is all it can know.
 */
import { useCallback, useEffect, useState } from 'react'
import type { Ballot } from '../../shared/debate/ballots.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'

/** Whether a ballot is on its way, and why the last one was refused (the server's message). */
export type BallotStatus = { status: 'idle' } | { status: 'sending' } | { status: 'refused'; message: string }

export interface Ballots {
  ballots: readonly Ballot[]
  status: BallotStatus
  /** Sends a ballot; resolves once the server took or refused it (never rejects). */
  cast(ballot: Ballot): Promise<void>
  /** Takes the own ballots a vote sent elsewhere was acknowledged with (the decision's mind marks). */
  record(own: readonly Ballot[]): void
}

export function useBallots(
  provider: Pick<BoardProvider, 'vote' | 'ownBallots' | 'on' | 'off' | 'seat'>,
): Ballots {
  const [ballots, setBallots] = useState<readonly Ballot[]>([])
  const [status, setStatus] = useState<BallotStatus>({ status: 'idle' })
  useEffect(() => {
    let current = true
    const ask = () => {
      provider.ownBallots().then(
        (own) => current && setBallots(own),
        // Not connected or not answered: the next seat asks again, and a refused ballot says what is left.
        () => undefined,
      )
    }
    provider.on('seat', ask)
    if (provider.seat) ask()
    return () => {
      current = false
      provider.off('seat', ask)
    }
  }, [provider])
  const cast = useCallback(
    async (ballot: Ballot) => {
      setStatus({ status: 'sending' })
      try {
        setBallots(await provider.vote(ballot))
        setStatus({ status: 'idle' })
      } catch (error) {
        setStatus({ status: 'refused', message: error instanceof Error ? error.message : String(error) })
      }
    },
    [provider],
  )
  return { ballots, status, cast, record: setBallots }
}
