/**
 * What the UI reads from this participant's own ballots (as the server's `vote` acknowledgement
 * lists them): dots per card and left, a card's rating, a round's conviction. Pure.
 */
import type { Ballot, ConvictionRound } from '../../shared/debate/ballots.ts'

type DotBallot = Extract<Ballot, { kind: 'dot' }>
type ImpactBallot = Extract<Ballot, { kind: 'impact' }>
type ConvictionBallot = Extract<Ballot, { kind: 'conviction' }>

/** The dots this participant has on a card (0 when none). */
export function dotsOn(ballots: readonly Ballot[], cardId: string): number {
  return (
    ballots.find((ballot): ballot is DotBallot => ballot.kind === 'dot' && ballot.cardId === cardId)?.dots ??
    0
  )
}

/**
 * The dots still to spend. Dots on cards no longer on the board are given back, as the server
 * counts them (VO3), so `cardIds` is the board's cards.
 */
export function dotsLeft(ballots: readonly Ballot[], budget: number, cardIds: ReadonlySet<string>): number {
  const spent = ballots.reduce(
    (sum, ballot) => (ballot.kind === 'dot' && cardIds.has(ballot.cardId) ? sum + ballot.dots : sum),
    0,
  )
  return Math.max(0, budget - spent)
}

/** The dot ballot that adds `delta` dots to a card, or null when that would go below 0 or over the budget. */
export function dotBallot(
  ballots: readonly Ballot[],
  cardId: string,
  delta: 1 | -1,
  left: number,
): DotBallot | null {
  const dots = dotsOn(ballots, cardId) + delta
  if (dots < 0 || (delta > 0 && left < 1)) return null
  return { kind: 'dot', cardId, dots }
}

/** This participant's rating of a card, or undefined before they rated it. */
export function impactOn(ballots: readonly Ballot[], cardId: string): ImpactBallot | undefined {
  return ballots.find(
    (ballot): ballot is ImpactBallot => ballot.kind === 'impact' && ballot.cardId === cardId,
  )
}

/** This participant's conviction in a round, or undefined before they cast it. */
export function convictionIn(
  ballots: readonly Ballot[],
  round: ConvictionRound,
): ConvictionBallot | undefined {
  return ballots.find(
    (ballot): ballot is ConvictionBallot => ballot.kind === 'conviction' && ballot.round === round,
  )
}
