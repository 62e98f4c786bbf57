/** [SR4] The word diff of a quote and the passage that replaced it: Latin words, CJK characters, punctuation. */
import { describe, expect, it } from 'vitest'
import { diffTokens, diffWords, type DiffPart } from '../../../shared/sources/wordDiff.ts'

const same = (text: string): DiffPart => ({ kind: 'same', text })
const removed = (text: string): DiffPart => ({ kind: 'removed', text })
const added = (text: string): DiffPart => ({ kind: 'added', text })

const rows: { name: string; before: string; after: string; parts: DiffPart[] }[] = [
  {
    name: 'an unchanged quote is one same part',
    before: 'Rates rose.',
    after: 'Rates rose.',
    parts: [same('Rates rose.')],
  },
  {
    name: 'a changed English word is removed and added whole',
    before: 'Rates rose sharply',
    after: 'Rates fell sharply',
    parts: [same('Rates '), removed('rose'), added('fell'), same(' sharply')],
  },
  {
    name: 'Chinese is compared character by character',
    before: '算力投资持续增长',
    after: '算力投资继续增长',
    parts: [same('算力投资'), removed('持'), added('继'), same('续增长')],
  },
  {
    name: 'full-width punctuation replacing half-width is a change of that mark only',
    before: '收入,成本',
    after: '收入，成本',
    parts: [same('收入'), removed(','), added('，'), same('成本')],
  },
  {
    name: 'a space inserted between Chinese and Latin text is an added space',
    before: 'AI泡沫',
    after: 'AI 泡沫',
    parts: [same('AI'), added(' '), same('泡沫')],
  },
]

describe('diffWords', () => {
  for (const row of rows)
    it(`[SR4] ${row.name}`, () => {
      const parts = diffWords(row.before, row.after)
      expect(parts).toEqual(row.parts)
      // The mirror: kept and removed parts give the old text back, kept and added the new one.
      expect(
        parts
          .filter((p) => p.kind !== 'added')
          .map((p) => p.text)
          .join(''),
      ).toBe(row.before)
      expect(
        parts
          .filter((p) => p.kind !== 'removed')
          .map((p) => p.text)
          .join(''),
      ).toBe(row.after)
    })

  it('[SR4] tokens joined give the text back, emoji and surrogate pairs included', () => {
    const text = 'Chips 芯片 ☕ 𠮷野家, rise!'
    expect(diffTokens(text).join('')).toBe(text)
  })
})
