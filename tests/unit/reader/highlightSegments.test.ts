import { describe, expect, it } from 'vitest'
import { splitArticle } from '../../../client/reader/articleBlocks.ts'
import {
  computeHighlightSegments,
  selectHighlightInputs,
  toneOfSegment,
  type HighlightInput,
} from '../../../client/reader/highlightSegments.ts'
import { makeExcerpt } from '../../../shared/board/excerpt.ts'
import { Stance, type Card, type Stance as StanceType } from '../../../shared/board/schema.ts'

const TEXT = '看多的理由很充分,看空的理由也不少。算力需求仍在增长。'

function input(cardId: string, stance: StanceType, start: number, end: number): HighlightInput {
  return { cardId, stance, excerpt: makeExcerpt('src', TEXT, start, end) }
}

/** Segments as compact rows: [start, end, card ids, tone]. */
function rows(inputs: HighlightInput[], text = TEXT) {
  return computeHighlightSegments(text, inputs).map((s) => [
    s.start,
    s.end,
    s.cardIds.join('+'),
    toneOfSegment(s),
  ])
}

describe('computeHighlightSegments', () => {
  const cases: { name: string; inputs: HighlightInput[]; text?: string; expected: unknown[][] }[] = [
    {
      name: 'keeps disjoint excerpts apart, in text order',
      inputs: [input('b', Stance.Bear, 9, 13), input('a', Stance.Bull, 0, 4)],
      expected: [
        [0, 4, 'a', 'bull'],
        [9, 13, 'b', 'bear'],
      ],
    },
    {
      name: 'splits an outer excerpt around a nested one',
      inputs: [input('outer', Stance.Bull, 0, 8), input('inner', Stance.Bull, 2, 5)],
      expected: [
        [0, 2, 'outer', 'bull'],
        [2, 5, 'outer+inner', 'bull'],
        [5, 8, 'outer', 'bull'],
      ],
    },
    {
      name: 'cuts partially overlapping excerpts into three segments',
      inputs: [input('a', Stance.Bear, 9, 16), input('b', Stance.Bear, 12, 20)],
      expected: [
        [9, 12, 'a', 'bear'],
        [12, 16, 'a+b', 'bear'],
        [16, 20, 'b', 'bear'],
      ],
    },
    {
      name: 'merges identical ranges into one segment listing both cards',
      inputs: [input('a', Stance.Bull, 18, 22), input('b', Stance.Bull, 18, 22)],
      expected: [[18, 22, 'a+b', 'bull']],
    },
    {
      name: 'marks the overlap of a bull and a bear excerpt as mixed',
      inputs: [input('up', Stance.Bull, 0, 8), input('down', Stance.Bear, 5, 12)],
      expected: [
        [0, 5, 'up', 'bull'],
        [5, 8, 'up+down', 'mixed'],
        [8, 12, 'down', 'bear'],
      ],
    },
    {
      name: 'touching excerpts stay separate segments',
      inputs: [input('a', Stance.Bull, 0, 4), input('b', Stance.Bear, 4, 8)],
      expected: [
        [0, 4, 'a', 'bull'],
        [4, 8, 'b', 'bear'],
      ],
    },
    {
      name: 'drops an excerpt whose quote is no longer in the text',
      inputs: [
        input('kept', Stance.Bull, 0, 4),
        {
          cardId: 'gone',
          stance: Stance.Bear,
          excerpt: { ...makeExcerpt('src', TEXT, 9, 13), quote: '完全不同' },
        },
      ],
      expected: [[0, 4, 'kept', 'bull']],
    },
    {
      name: 're-finds an excerpt whose offsets went stale but whose quote is still there',
      inputs: [
        {
          cardId: 'moved',
          stance: Stance.Bull,
          excerpt: { ...makeExcerpt('src', TEXT, 18, 22), start: 2, end: 6 },
        },
      ],
      expected: [[18, 22, 'moved', 'bull']],
    },
    { name: 'returns nothing without excerpts', inputs: [], expected: [] },
  ]

  it.each(cases)('$name', ({ inputs, text, expected }) => {
    expect(rows(inputs, text)).toEqual(expected)
  })

  it('lists the stances of a segment bull first', () => {
    const [segment] = computeHighlightSegments(TEXT, [
      input('d', Stance.Bear, 0, 4),
      input('u', Stance.Bull, 0, 4),
    ])
    expect(segment?.stances).toEqual([Stance.Bull, Stance.Bear])
    expect(segment?.cardIds).toEqual(['d', 'u'])
  })
})

describe('selectHighlightInputs', () => {
  it('keeps only the cards that quote the given source', () => {
    const base = { text: '', x: 0, y: 0, authorId: 'a', authorName: 'A', createdAt: 0 }
    const cards: Card[] = [
      { ...base, id: 'here', stance: Stance.Bull, excerpt: makeExcerpt('src', TEXT, 0, 2) },
      { ...base, id: 'there', stance: Stance.Bear, excerpt: makeExcerpt('other', TEXT, 0, 2) },
      { ...base, id: 'none', stance: Stance.Bear },
    ]
    expect(selectHighlightInputs(cards, 'src').map((i) => i.cardId)).toEqual(['here'])
  })
})

describe('splitArticle', () => {
  it('cuts paragraphs at newlines and highlights at paragraph ends, keeping the original offsets', () => {
    const text = '第一段。\n\n第二段落,很长。'
    const segments = computeHighlightSegments(text, [
      { cardId: 'x', stance: Stance.Bull, excerpt: makeExcerpt('s', text, 2, 9) },
    ])
    const paragraphs = splitArticle(text, segments)
    expect(paragraphs.map((p) => [p.start, p.end])).toEqual([
      [0, 4],
      [5, 5],
      [6, 14],
    ])
    expect(
      paragraphs.map((p) => p.pieces.map((piece) => [piece.start, piece.end, piece.segment?.cardIds[0]])),
    ).toEqual([
      [
        [0, 2, undefined],
        [2, 4, 'x'],
      ],
      [],
      [
        [6, 9, 'x'],
        [9, 14, undefined],
      ],
    ])
    // Rejoining the pieces with the newlines between paragraphs gives back the text byte for byte.
    const rebuilt = paragraphs
      .map((p) => p.pieces.map((piece) => text.slice(piece.start, piece.end)).join(''))
      .join('\n')
    expect(rebuilt).toBe(text)
  })

  it('keeps a trailing newline and carriage returns in the offsets', () => {
    const text = 'a\r\nb\n'
    expect(splitArticle(text, []).map((p) => [p.start, p.end])).toEqual([
      [0, 2],
      [3, 4],
      [5, 5],
    ])
  })
})
