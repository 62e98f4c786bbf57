// @vitest-environment jsdom
/** The conviction view (VO11): pre and final side by side, names for the moderator only. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Card } from '../../../shared/board/schema.ts'
import type { RosterEntry } from '../../../shared/debate/roster.ts'
import type { VoteResults } from '../../../shared/debate/voteResults.ts'
import { ConvictionDialog } from '../../../client/decision/ConvictionDialog.tsx'
import { convictionRows } from '../../../client/decision/convictionRows.ts'
import { renderInDom } from '../../helpers/renderInDom.tsx'
import { stubModalDialogs } from '../../helpers/modalDialogs.ts'

beforeAll(stubModalDialogs)
afterEach(() => document.body.replaceChildren())

const conviction: NonNullable<VoteResults['conviction']> = {
  revealedAt: 1,
  voters: 2,
  pre: { for: 1, against: 1, conviction: 3, lean: 0 },
  final: { for: 2, against: 0, conviction: 3.5, lean: 3.5 },
  members: { 'p-b': { pre: -2, final: 3, shift: 5 }, 'p-a': { pre: 4, final: 4, shift: 0 } },
  minds: { 'p-b': ['c1'], 'p-c': ['c1'] },
  mindCards: { c1: 2 },
}
const entry = (name: string): RosterEntry => ({
  name,
  role: 'bull',
  team: 'bull',
  assigned: false,
  authorId: `a-${name}`,
  lastSeenAt: 0,
})
const CARDS: Card[] = [
  {
    id: 'c1',
    stance: 'bear',
    text: 'Churn doubled',
    x: 0,
    y: 0,
    authorId: 'a',
    authorName: '',
    createdAt: 1,
  },
]

describe('conviction view', () => {
  it('[VO11] rows list every member who voted or marked, in id order, with the shift and marked cards', () => {
    expect(convictionRows(conviction, undefined)).toEqual([
      { participantId: 'p-a', name: null, number: 1, pre: 4, final: 4, shift: 0, cardIds: [] },
      { participantId: 'p-b', name: null, number: 2, pre: -2, final: 3, shift: 5, cardIds: ['c1'] },
      { participantId: 'p-c', name: null, number: 3, pre: null, final: null, shift: null, cardIds: ['c1'] },
    ])
  })

  it('[VO11] peers see "Member 1…"; the moderator, who holds the roster, sees names', () => {
    const peer = renderInDom(
      <ConvictionDialog conviction={conviction} cards={CARDS} roster={undefined} onClose={() => {}} />,
    )
    const peerRows = [...peer.container.querySelectorAll('[data-testid="conviction-row"]')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    )
    expect(peerRows[1]).toEqual(['Member 2', 'against 2', 'for 3', '+5', 'Churn doubled'])
    expect(peer.container.textContent).not.toContain('Bea')
    document.body.replaceChildren()

    const roster = new Map([['p-b', entry('Bea')]])
    const moderator = renderInDom(
      <ConvictionDialog conviction={conviction} cards={CARDS} roster={roster} onClose={() => {}} />,
    )
    const names = [...moderator.container.querySelectorAll('[data-testid="conviction-row"] th')].map(
      (th) => th.textContent,
    )
    expect(names).toEqual(['Member 1', 'Bea', 'Member 3'])
  })

  it('[VO13] revealed names (a board that is not anonymous) name members for peers; the roster wins for the moderator', () => {
    const named = { ...conviction, names: { 'p-a': 'Ann', 'p-b': 'B. from the reveal' } }
    expect(convictionRows(named, undefined).map((row) => row.name)).toEqual([
      'Ann',
      'B. from the reveal',
      null,
    ])
    const roster = new Map([['p-b', entry('Bea')]])
    expect(convictionRows(named, roster).map((row) => row.name)).toEqual(['Ann', 'Bea', null])
  })
})
