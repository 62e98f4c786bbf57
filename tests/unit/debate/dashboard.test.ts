import { describe, expect, it } from 'vitest'
import type { Card, Excerpt, Link, Source } from '../../../shared/board/schema.ts'
import type { RosterEntry } from '../../../shared/debate/roster.ts'
import { initialSession } from '../../../shared/debate/session.ts'
import { countWords } from '../../../server/debate/countWords.ts'
import { computeDashboard, type DashboardInput } from '../../../server/debate/dashboard.ts'

const TEXT = 'Revenue grows fast. 营收增长很快。Costs grow faster.'
const SOURCE: Source = {
  id: 'src-1',
  title: 'Article',
  language: 'en',
  text: TEXT,
  addedBy: '',
  sha256: '',
  addedAt: 1,
}

/** The excerpt of the first occurrence of `quote` in the source. */
function excerptOf(quote: string, sourceId = SOURCE.id): Excerpt {
  const start = TEXT.indexOf(quote)
  return { sourceId, start, end: start + quote.length, quote, prefix: '', suffix: '' }
}

let nextId = 0
function card(fields: Partial<Card> & Pick<Card, 'authorId'>): Card {
  nextId++
  return {
    id: `c${nextId}`,
    stance: 'bull',
    text: '',
    x: 0,
    y: 0,
    authorName: '',
    createdAt: nextId,
    ...fields,
  }
}

function entry(fields: Partial<RosterEntry> & Pick<RosterEntry, 'authorId' | 'name'>): RosterEntry {
  return { role: 'edit', team: null, assigned: false, lastSeenAt: 1, ...fields }
}

function input(fields: Partial<DashboardInput>): DashboardInput {
  return {
    cards: [],
    links: [],
    sources: [SOURCE],
    roster: new Map(),
    session: initialSession('classroom'),
    ...fields,
  }
}

const link = (from: string, to: string): Link => ({ id: `${from}-${to}`, from, to, kind: 'rebuts' })

describe('countWords', () => {
  it.each([
    ['an empty text', '', 0],
    ['English words, punctuation apart', 'Revenue grows fast, doesn’t it?', 5],
    ['each Han character of simplified Chinese', '营收增长很快。', 6],
    ['each Han character of traditional Chinese', '我們預計營收', 6],
    ['a Latin word beside Han characters', 'AI云计算', 4],
    ['numbers as words', '2030 年增长 500%', 5],
    ['spaces and punctuation alone', ' ，。 — !', 0],
  ])('[PH47] counts %s', (_name, text, expected) => {
    expect(countWords(text)).toBe(expected)
  })
})

describe('computeDashboard: participants', () => {
  it('[PH46] counts each roster participant’s cards, excerpts, links and words by author id', () => {
    const alice = card({
      authorId: 'a',
      authorName: 'Alice',
      text: 'Revenue grows fast',
      excerpt: excerptOf('Revenue grows fast.'),
    })
    const alice2 = card({ authorId: 'a', authorName: 'Alice (renamed)', text: '营收增长' })
    const bob = card({ authorId: 'b', authorName: 'Bob', stance: 'bear', team: 'bear', text: 'No' })
    const roster = new Map([
      ['p-a', entry({ authorId: 'a', name: 'Alice', role: 'bull', team: 'bull' })],
      ['p-b', entry({ authorId: 'b', name: 'Bob', role: 'bear', team: 'bear' })],
    ])
    const links = [link(alice.id, bob.id), link(alice2.id, bob.id), link(bob.id, alice.id)]
    const { participants } = computeDashboard(input({ cards: [alice, alice2, bob], links, roster }))
    expect(participants).toEqual([
      {
        key: 'author:a',
        name: 'Alice',
        inRoster: true,
        team: 'bull',
        role: 'bull',
        cards: 2,
        excerpts: 1,
        links: 2,
        words: 3 + 4,
      },
      {
        key: 'author:b',
        name: 'Bob',
        inRoster: true,
        team: 'bear',
        role: 'bear',
        cards: 1,
        excerpts: 0,
        links: 1,
        words: 1,
      },
    ])
  })

  it('[PH46] groups the cards of authors the roster does not know under their author name, or as unknown', () => {
    const cards = [
      card({ authorId: 'x1', authorName: 'Carol', team: 'bear', text: 'one two' }),
      card({ authorId: 'x2', authorName: ' Carol ', text: 'three' }),
      card({ authorId: 'x3', authorName: '', text: 'four' }),
      card({ authorId: 'x4', authorName: '  ', text: 'five six' }),
    ]
    const { participants } = computeDashboard(input({ cards }))
    expect(participants).toEqual([
      {
        key: 'name:Carol',
        name: 'Carol',
        inRoster: false,
        team: 'bear',
        role: null,
        cards: 2,
        excerpts: 0,
        links: 0,
        words: 3,
      },
      {
        key: 'unknown',
        name: '',
        inRoster: false,
        team: null,
        role: null,
        cards: 2,
        excerpts: 0,
        links: 0,
        words: 3,
      },
    ])
  })

  it('[PH46] lists participants who wrote nothing yet, but not observers, projectors or a silent moderator', () => {
    const roster = new Map([
      ['p1', entry({ authorId: 'a', name: 'Quiet', role: 'edit' })],
      ['p2', entry({ authorId: 'b', name: 'Watcher', role: 'view' })],
      ['p3', entry({ authorId: 'c', name: 'Screen', role: 'projector' })],
      ['p4', entry({ authorId: 'd', name: 'Teacher', role: 'moderate' })],
      ['p5', entry({ authorId: 'e', name: 'Speaking teacher', role: 'moderate' })],
    ])
    const cards = [card({ authorId: 'e', text: 'Look here' })]
    const names = computeDashboard(input({ cards, roster })).participants.map((p) => [p.name, p.cards])
    expect(names).toEqual([
      ['Quiet', 0],
      ['Speaking teacher', 1],
    ])
  })

  it('[PH46] takes the entry seen last when two roster entries carry one author id', () => {
    const roster = new Map([
      ['old', entry({ authorId: 'a', name: 'Old name', lastSeenAt: 1 })],
      ['new', entry({ authorId: 'a', name: 'New name', lastSeenAt: 5 })],
    ])
    const { participants } = computeDashboard(input({ cards: [card({ authorId: 'a' })], roster }))
    expect(participants.map((p) => [p.name, p.cards])).toEqual([['New name', 1]])
  })

  it('[PH46] orders bull, bear, then no team, each by name, and leaves unreadable cards out', () => {
    const cards = [
      card({ authorId: '1', authorName: 'Zoe', team: 'bull' }),
      card({ authorId: '2', authorName: 'Ann' }),
      card({ authorId: '3', authorName: 'Bea', team: 'bear' }),
      card({ authorId: '4', authorName: 'Abe', team: 'bull' }),
      card({ authorId: '5', authorName: 'Broken', unreadable: true }),
    ]
    const names = computeDashboard(input({ cards })).participants.map((p) => p.name)
    expect(names).toEqual(['Abe', 'Zoe', 'Bea', 'Ann'])
  })

  it('[PH46] names the board’s format and current phase', () => {
    const session = { ...initialSession('committee'), phaseIndex: 2 }
    expect(computeDashboard(input({ session }))).toMatchObject({ format: 'committee', phaseId: 'bear-case' })
  })
})

describe('computeDashboard: passages', () => {
  it('[PH48] lists per article the passages each team cited, in text order, with their cards', () => {
    const first = excerptOf('Revenue grows fast.')
    const chinese = excerptOf('营收增长很快。')
    const cards = [
      card({ authorId: 'a', team: 'bull', excerpt: chinese }),
      card({ authorId: 'b', team: 'bull', excerpt: first }),
      card({ authorId: 'c', team: 'bear', stance: 'bear', excerpt: first }),
      card({ authorId: 'd', team: 'bull', excerpt: first }),
      // Without a team, a card counts for the side it argues.
      card({ authorId: 'e', stance: 'bear', excerpt: chinese }),
      card({ authorId: 'f', team: 'bull', excerpt: excerptOf('Costs', 'gone-source') }),
    ]
    const [a, b, c, d, e] = cards.map((x) => x.id)
    const other: Source = { ...SOURCE, id: 'src-2', title: 'Unused' }
    const { articles } = computeDashboard(input({ cards, sources: [SOURCE, other] }))
    expect(articles).toEqual([
      {
        sourceId: 'src-1',
        title: 'Article',
        passages: [
          { ...pick(first), team: 'bear', cardIds: [c] },
          { ...pick(first), team: 'bull', cardIds: [b, d] },
          { ...pick(chinese), team: 'bear', cardIds: [e] },
          { ...pick(chinese), team: 'bull', cardIds: [a] },
        ],
      },
      { sourceId: 'src-2', title: 'Unused', passages: [] },
    ])
  })
})

function pick({ quote, start, end }: Excerpt) {
  return { quote, start, end }
}
