/**
 * The scoreboard: bull against bear, from the cards and links on the board and the votes the
 * moderator revealed (session `results`). Pure, so that each rule is a row of a table test; the
 * board and the projector draw it as a chart.
 */
import { CardKind, LinkKind, Stance, type Card, type Link } from '../board/schema.ts'
import type { VoteResults } from './voteResults.ts'

/** How many of a side's cards the scoreboard names as its strongest. */
export const STRONGEST_PER_SIDE = 3

/** What a card scores by: the mean impact of a classroom's impact vote, or a workshop's dots. */
export const ScoreBasis = { Impact: 'impact', Dots: 'dots' } as const
export type ScoreBasis = (typeof ScoreBasis)[keyof typeof ScoreBasis]

/** A card and its revealed score. */
export interface ScoredCard {
  cardId: string
  score: number
}

/** One side's column of the scoreboard. */
export interface SideScore {
  /** The sum of its cards' revealed scores (rounded to two places). */
  total: number
  /** Its highest-scoring cards (score above 0), best first, at most STRONGEST_PER_SIDE. */
  strongest: ScoredCard[]
  /** Its cards that no card rebuts, oldest first. */
  unanswered: string[]
  /** How many distinct passages of articles its cards quote. */
  excerpts: number
}

/** The whole scoreboard; `basis` is null until an impact or dot vote was revealed. */
export interface Scoreboard {
  basis: ScoreBasis | null
  revealedAt: number | null
  bull: SideScore
  bear: SideScore
}

/** What the scoreboard is made from. */
export interface ScoreboardInput {
  cards: readonly Card[]
  links: readonly Link[]
  results: VoteResults
}

/**
 * The revealed score of every card, and what it is: impact when an impact vote was revealed, else
 * dots when a dot vote was (a board runs one of them; impact, the finer measure, wins if both exist).
 */
export function cardScores(results: VoteResults): {
  basis: ScoreBasis | null
  revealedAt: number | null
  scores: Map<string, number>
} {
  if (results.impact) {
    const entries = Object.entries(results.impact.cards).map(([id, tally]) => [id, tally.impact] as const)
    return { basis: ScoreBasis.Impact, revealedAt: results.impact.revealedAt, scores: new Map(entries) }
  }
  if (results.dot)
    return {
      basis: ScoreBasis.Dots,
      revealedAt: results.dot.revealedAt,
      scores: new Map(Object.entries(results.dot.dots)),
    }
  return { basis: null, revealedAt: null, scores: new Map() }
}

/** Bull against bear: totals, strongest cards, unanswered arguments and excerpts cited per side. */
export function scoreBoard({ cards, links, results }: ScoreboardInput): Scoreboard {
  const { basis, revealedAt, scores } = cardScores(results)
  const rebutted = new Set(links.filter((link) => link.kind === LinkKind.Rebuts).map((link) => link.to))
  const side = (stance: Stance) =>
    scoreSide(
      // A falsifier says what would change the board's mind: it is no argument of either side.
      cards.filter((card) => card.stance === stance && !card.unreadable && card.kind !== CardKind.Falsifier),
      scores,
      rebutted,
    )
  return { basis, revealedAt, bull: side(Stance.Bull), bear: side(Stance.Bear) }
}

function scoreSide(cards: readonly Card[], scores: Map<string, number>, rebutted: Set<string>): SideScore {
  const byAge = [...cards].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
  const scored = byAge.map((card) => ({ cardId: card.id, score: scores.get(card.id) ?? 0 }))
  const total = scored.reduce((sum, { score }) => sum + score, 0)
  const strongest = scored
    .filter(({ score }) => score > 0)
    // A stable sort keeps equal scores oldest first.
    .sort((a, b) => b.score - a.score)
    .slice(0, STRONGEST_PER_SIDE)
  const passages = new Set(
    cards.flatMap((card) =>
      card.excerpt ? [`${card.excerpt.sourceId}:${card.excerpt.start}:${card.excerpt.end}`] : [],
    ),
  )
  return {
    total: Math.round(total * 100) / 100,
    strongest,
    unanswered: byAge.filter((card) => !rebutted.has(card.id)).map((card) => card.id),
    excerpts: passages.size,
  }
}
