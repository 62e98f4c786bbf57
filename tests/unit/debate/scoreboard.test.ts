import { describe, expect, it } from 'vitest'
import type { Card, Link } from '../../../shared/board/schema.ts'
import { scoreBoard, type ScoreboardInput } from '../../../shared/debate/scoreboard.ts'
import type { VoteResults } from '../../../shared/debate/voteResults.ts'

const card = (id: string, stance: 'bull' | 'bear', createdAt: number, patch: Partial<Card> = {}): Card => ({
  id,
  stance,
  text: id,
  x: 0,
  y: 0,
  authorId: 'a',
  authorName: 'A',
  createdAt,
  ...patch,
})
const excerpt = (sourceId: string, start: number) => ({
  sourceId,
  start,
  end: start + 3,
  quote: 'abc',
  prefix: '',
  suffix: '',
})
const rebuts = (from: string, to: string): Link => ({ id: `${from}-${to}`, from, to, kind: 'rebuts' })
const supports = (from: string, to: string): Link => ({ id: `${from}-${to}`, from, to, kind: 'supports' })
const impact = (cards: Record<string, number>): VoteResults => ({
  impact: {
    revealedAt: 10,
    voters: 3,
    cards: Object.fromEntries(
      Object.entries(cards).map(([id, value]) => [
        id,
        { votes: 1, strength: 0, relevance: 0, impact: value },
      ]),
    ),
  },
})
const dots = (perCard: Record<string, number>): VoteResults => ({
  dot: { revealedAt: 20, voters: 3, dots: perCard },
})

const b1 = card('b1', 'bull', 1)
const b2 = card('b2', 'bull', 2)
const b3 = card('b3', 'bull', 3)
const b4 = card('b4', 'bull', 4)
const r1 = card('r1', 'bear', 5)
const r2 = card('r2', 'bear', 6)

interface Row {
  name: string
  input: ScoreboardInput
  expected: Record<string, unknown>
}

const rows: Row[] = [
  {
    name: '[SC1] before any reveal there is no basis, and every total is 0',
    input: { cards: [b1, r1], links: [], results: {} },
    expected: { basis: null, revealedAt: null, 'bull.total': 0, 'bear.total': 0, 'bull.strongest': [] },
  },
  {
    name: '[SC1] an impact reveal: a side’s total is the sum of its cards’ impact',
    input: { cards: [b1, b2, r1], links: [], results: impact({ b1: 1.5, b2: 2.25, r1: 3 }) },
    expected: { basis: 'impact', revealedAt: 10, 'bull.total': 3.75, 'bear.total': 3 },
  },
  {
    name: '[SC1] a dot reveal: a side’s total is its dots',
    input: { cards: [b1, r1, r2], links: [], results: dots({ b1: 4, r1: 2, r2: 5 }) },
    expected: { basis: 'dots', revealedAt: 20, 'bull.total': 4, 'bear.total': 7 },
  },
  {
    name: '[SC1] scores of cards no longer on the board count for no side',
    input: { cards: [b1], links: [], results: dots({ b1: 1, gone: 9 }) },
    expected: { 'bull.total': 1, 'bear.total': 0 },
  },
  {
    name: '[SC1] impact wins when both kinds were revealed',
    input: { cards: [b1], links: [], results: { ...dots({ b1: 5 }), ...impact({ b1: 2 }) } },
    expected: { basis: 'impact', 'bull.total': 2 },
  },
  {
    name: '[SC2] the strongest cards: top 3 by score, best first, ties oldest first, unscored left out',
    input: {
      cards: [b1, b2, b3, b4, r1],
      links: [],
      results: dots({ b1: 1, b2: 3, b3: 1, b4: 2 }),
    },
    expected: {
      'bull.strongest': [
        { cardId: 'b2', score: 3 },
        { cardId: 'b4', score: 2 },
        { cardId: 'b1', score: 1 },
      ],
      'bear.strongest': [],
    },
  },
  {
    name: '[SC3] an argument is unanswered until a card rebuts it; support does not answer it',
    input: { cards: [b1, b2, r1, r2], links: [rebuts('r1', 'b1'), supports('r2', 'b2')], results: {} },
    expected: { 'bull.unanswered': ['b2'], 'bear.unanswered': ['r1', 'r2'] },
  },
  {
    name: '[SC4] excerpts cited: distinct passages per side, a card without one adds nothing',
    input: {
      cards: [
        card('q1', 'bull', 1, { excerpt: excerpt('s1', 0) }),
        card('q2', 'bull', 2, { excerpt: excerpt('s1', 0) }),
        card('q3', 'bull', 3, { excerpt: excerpt('s2', 0) }),
        card('q4', 'bear', 4, { excerpt: excerpt('s1', 10) }),
        card('q5', 'bear', 5),
        card('q6', 'bull', 6, { excerpt: excerpt('s2', 20) }),
      ],
      links: [],
      results: {},
    },
    expected: { 'bull.excerpts': 3, 'bear.excerpts': 1 },
  },
  {
    name: '[SC1] a falsifier card is no argument: it counts for no side and is not listed',
    input: {
      cards: [card('f', 'bull', 1, { kind: 'falsifier' }), b1],
      links: [],
      results: dots({ f: 4, b1: 1 }),
    },
    expected: { 'bull.total': 1, 'bull.unanswered': ['b1'], 'bull.strongest': [{ cardId: 'b1', score: 1 }] },
  },
  {
    name: '[SC1] an unreadable card counts for no side',
    input: { cards: [card('u', 'bull', 1, { unreadable: true })], links: [], results: dots({ u: 3 }) },
    expected: { 'bull.total': 0, 'bull.unanswered': [] },
  },
]

function pick(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], value)
}

describe('scoreBoard', () => {
  it.each(rows)('$name', ({ input, expected }) => {
    const board = scoreBoard(input)
    for (const [path, value] of Object.entries(expected)) expect(pick(board, path), path).toEqual(value)
  })

  it('[SC1] the mirror board (stances swapped) swaps the columns', () => {
    for (const { input } of rows) {
      const flip = (stance: 'bull' | 'bear') => (stance === 'bull' ? 'bear' : 'bull')
      const mirrored = scoreBoard({
        ...input,
        cards: input.cards.map((one) => ({ ...one, stance: flip(one.stance) })),
      })
      const board = scoreBoard(input)
      expect(mirrored.bull).toEqual(board.bear)
      expect(mirrored.bear).toEqual(board.bull)
    }
  })
})
