/** The windowed approximate search finds exactly what approx-string-match finds over the whole text. */
import search from 'approx-string-match'
import { describe, expect, it } from 'vitest'
import { choosePieces, SearchableText } from '../../../../shared/board/anchoring/approxSearch.ts'

/** A small deterministic generator (mulberry32), so that a failing seed replays. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomText(next: () => number, alphabet: string, length: number): string {
  let text = ''
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)]
  return text
}

/** A copy of `source` with `edits` random substitutions, insertions and deletions. */
function mutate(next: () => number, source: string, alphabet: string, edits: number): string {
  let text = source
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * text.length)
    const char = alphabet[Math.floor(next() * alphabet.length)] as string
    const kind = Math.floor(next() * 3)
    text = text.slice(0, at) + (kind === 2 ? '' : char) + text.slice(kind === 0 ? at : at + 1)
  }
  return text
}

const sorted = (matches: { start: number; end: number; errors: number }[]) =>
  [...matches].sort((a, b) => a.start - b.start || a.end - b.end)

describe('SearchableText.search', () => {
  const alphabets = [
    {
      name: 'Chinese',
      alphabet: '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动',
    },
    { name: 'a four-letter alphabet (windows cover the text: whole-text fallback)', alphabet: 'acgt' },
  ]

  for (const { name, alphabet } of alphabets)
    it(`returns approx-string-match's matches on random ${name} texts`, () => {
      for (let seed = 1; seed <= 60; seed++) {
        const next = random(seed)
        const text = randomText(next, alphabet, 2_000 + Math.floor(next() * 3_000))
        const length = 4 + Math.floor(next() * 60)
        const from = Math.floor(next() * (text.length - length))
        const maxErrors = Math.floor(length * next() * 0.3)
        const pattern = mutate(
          next,
          text.slice(from, from + length),
          alphabet,
          Math.floor(next() * (maxErrors + 2)),
        )
        if (pattern.length === 0) continue
        const expected = sorted(search(text, pattern, maxErrors))
        expect(sorted(new SearchableText(text).search(pattern, maxErrors)), `seed ${seed}`).toEqual(expected)
      }
    })

  it('finds a match that straddles two merged windows once', () => {
    const text = 'xxxx' + 'abcdefgh'.repeat(3) + 'yyyy'
    const pattern = 'abcdefghabcdXfghabcdefgh'
    expect(sorted(new SearchableText(text).search(pattern, 3))).toEqual(sorted(search(text, pattern, 3)))
  })

  it('finds nothing where no piece of the pattern occurs', () => {
    expect(new SearchableText('生成式AI热潮不可持续,最终将崩溃。').search('完全没有出现过', 1)).toEqual([])
  })
})

describe('SearchableText.occurrences', () => {
  const text = new SearchableText('香蕉香蕉香蕉 bananas')
  const cases: { piece: string; expected: number[] }[] = [
    { piece: '香蕉', expected: [0, 2, 4] },
    { piece: '香蕉香', expected: [0, 2] },
    { piece: 'ana', expected: [8, 10] },
    { piece: 'bananas', expected: [7] },
    { piece: 'apple', expected: [] },
  ]
  for (const { piece, expected } of cases)
    it(`finds every occurrence of '${piece}', overlapping ones included`, () => {
      expect(text.occurrences(piece)).toEqual(expected)
    })
})

describe('choosePieces', () => {
  const isDisjointAndOrdered = (pieces: [number, number][]) =>
    pieces.every(([from, to], i) => from < to && (i === 0 || (pieces[i - 1] as [number, number])[1] <= from))

  it('picks the requested number of disjoint 3- to 6-unit pieces inside the pattern', () => {
    for (let length = 3; length <= 80; length++) {
      for (let count = 1; count * 3 <= length; count++) {
        const pieces = choosePieces(length, count, (at) => (at * 7919) % 13) as [number, number][]
        expect(pieces).toHaveLength(count)
        expect(isDisjointAndOrdered(pieces)).toBe(true)
        for (const [from, to] of pieces)
          expect(from >= 0 && to <= length && to - from >= 3 && to - from <= 6).toBe(true)
      }
    }
  })

  it('places a piece over the rare trigrams and avoids the frequent ones', () => {
    // Trigrams at 0-5 are everywhere; those from 6 on are rare.
    const pieces = choosePieces(12, 2, (at) => (at < 6 ? 1_000 : 1)) as [number, number][]
    // A piece [from, to) holds the trigrams starting at from … to - 3: each must hold a rare one.
    expect(pieces.every(([, to]) => to - 3 >= 6)).toBe(true)
  })

  it('cuts a pattern too short for 3-unit pieces into equal slices, and gives up below one unit each', () => {
    expect(choosePieces(5, 2, () => 0)).toEqual([
      [0, 2],
      [2, 5],
    ])
    expect(choosePieces(2, 3, () => 0)).toBeNull()
  })
})
