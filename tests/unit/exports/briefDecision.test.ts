/** The brief's decision, falsifiers, vote summary and scores (EX11–EX13), as pure table rows. */
import { describe, expect, it } from 'vitest'
import type { Card } from '../../../shared/board/index.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { initialSession, type SessionState } from '../../../shared/debate/session.ts'
import type { VoteResults } from '../../../shared/debate/voteResults.ts'
import { briefOutline } from '../../../server/exports/briefOutline.ts'
import { markdownBrief } from '../../../server/exports/markdownBrief.ts'
import { cardScores, rankCards } from '../../../server/exports/rankCards.ts'
import { card, content } from './content.ts'

const falsifier = (id: string, createdAt: number, reviewDate?: string): Card => ({
  ...card(id, 'bull', createdAt, null),
  kind: 'falsifier',
  ...(reviewDate ? { reviewDate } : {}),
})
const session = (patch: Partial<SessionState>): SessionState => ({
  ...initialSession(Format.Classroom),
  ...patch,
})
const CARDS = [card('a', 'bull', 1), card('b', 'bull', 2), card('c', 'bull', 3)]
const impact = (value: number) => ({ votes: 2, strength: 2, relevance: 2, impact: value })

describe('the brief: scores', () => {
  it.each<[string, VoteResults, string[]]>([
    ['oldest first before any reveal', {}, ['a', 'b', 'c']],
    [
      'by dots once a dot vote is revealed',
      { dot: { revealedAt: 1, voters: 2, dots: { c: 3, b: 1 } } },
      ['c', 'b', 'a'],
    ],
    [
      'by impact once an impact vote is revealed, even over dots',
      {
        dot: { revealedAt: 1, voters: 2, dots: { a: 9 } },
        impact: { revealedAt: 1, voters: 2, cards: { b: impact(3), c: impact(1) } },
      },
      ['b', 'c', 'a'],
    ],
    [
      'equal scores oldest first',
      { dot: { revealedAt: 1, voters: 1, dots: { c: 2, b: 2 } } },
      ['b', 'c', 'a'],
    ],
  ])('[EX11] ranks %s', (_name, results, order) => {
    expect(rankCards(CARDS, cardScores(results)).map((c) => c.id)).toEqual(order)
    // Mirror: the input order never matters.
    expect(rankCards([...CARDS].reverse(), cardScores(results)).map((c) => c.id)).toEqual(order)
  })

  it('[EX11] the Markdown shows each card’s score under it', () => {
    const outline = briefOutline(
      content({
        cards: CARDS,
        session: session({ results: { impact: { revealedAt: 1, voters: 2, cards: { b: impact(2.25) } } } }),
      }),
    )
    expect(outline.sides[0]!.items.map((item) => item.card.id)).toEqual(['b', 'a', 'c'])
    expect(markdownBrief(outline, 'en')).toContain('1. card b\n\n   *impact 2.25 (2 votes)*')
  })
})

describe('the brief: decision and falsifiers', () => {
  it('[EX12] the decision comes after the motion with its outcome, rationale and cited cards as references', () => {
    const outline = briefOutline(
      content({
        cards: CARDS,
        session: session({
          decision: { outcome: 'carried', rationale: 'B *won*.', cardIds: ['c', 'gone', 'a'], decidedAt: 5 },
        }),
      }),
    )
    const markdown = markdownBrief(outline, 'en')
    const decision = markdown.slice(markdown.indexOf('## Decision'), markdown.indexOf('## Bull side'))
    expect(markdown.indexOf('**Motion:**')).toBeLessThan(markdown.indexOf('## Decision'))
    expect(decision).toContain('Motion carried')
    expect(decision).toContain('Rationale: B \\*won\\*.')
    expect(decision).toContain('- [1] card c')
    expect(decision).toContain('- [2] card a')
    expect(decision).toContain('  > Rates rose')
    expect(decision).not.toContain('gone')
    expect(markdownBrief(briefOutline(content({ cards: CARDS })), 'en')).not.toContain('## Decision')
  })

  it('[EX12] a committee’s outcome in Simplified Chinese', () => {
    const outline = briefOutline(
      content({
        session: {
          ...initialSession(Format.Committee),
          decision: { outcome: 'revisit', rationale: '', cardIds: [], decidedAt: 5 },
        },
      }),
    )
    expect(markdownBrief(outline, 'zh-Hans')).toContain('## 决定\n\n再议')
  })

  it('[EX13] falsifiers leave the sides for their own section, soonest review date first', () => {
    const outline = briefOutline(
      content({
        cards: [
          card('a', 'bull', 1),
          falsifier('f1', 2),
          falsifier('f2', 3, '2027-06-01'),
          falsifier('f3', 4, '2027-01-15'),
        ],
      }),
    )
    expect(outline.sides[0]!.items.map((item) => item.card.id)).toEqual(['a'])
    expect(outline.falsifiers.map((item) => item.card.id)).toEqual(['f3', 'f2', 'f1'])
    const markdown = markdownBrief(outline, 'en')
    expect(markdown).toContain('## What would change our mind\n\n- card f3 (review by 2027-01-15)')
    expect(markdown).toContain('- card f1 (no review date)')
    expect(markdown.indexOf('## Bear side')).toBeLessThan(markdown.indexOf('## What would change our mind'))
  })

  it('[EX13] the vote summary lists dots, impact and conviction before → final with the cards that changed minds', () => {
    const results: VoteResults = {
      dot: { revealedAt: 1, voters: 3, dots: { a: 4, b: 1 } },
      conviction: {
        revealedAt: 2,
        voters: 2,
        pre: { for: 1, against: 1, conviction: 3, lean: 0.5 },
        final: { for: 2, against: 0, conviction: 4, lean: 4 },
        members: {},
        minds: { p1: ['b'] },
        mindCards: { b: 1 },
      },
    }
    const markdown = markdownBrief(
      briefOutline(content({ cards: CARDS, session: session({ results }) })),
      'en',
    )
    const votes = markdown.slice(markdown.indexOf('## Votes'))
    expect(votes).toContain('Dot vote (3 voters)\n\n- card a — 4 dots\n\n- card b — 1 dot')
    expect(votes).toContain('- Before: 1 for, 1 against, mean conviction 3, lean +0.5')
    expect(votes).toContain('- Final: 2 for, 0 against, mean conviction 4, lean +4')
    expect(votes).toContain('Changed minds:\n\n- card b — 1 member')
    expect(markdownBrief(briefOutline(content({ cards: CARDS })), 'en')).not.toContain('## Votes')
  })
})
