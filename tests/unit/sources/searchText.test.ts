/** [SR7] Search in an article: case, width and Simplified ↔ Traditional Chinese folded alike, offsets kept. */
import { describe, expect, it } from 'vitest'
import { toSimplified } from '../../../shared/sources/hanFolding.ts'
import { findMatches, foldForSearch } from '../../../shared/sources/searchText.ts'

const rows: { name: string; text: string; query: string; found: [number, number][] }[] = [
  {
    name: 'a Simplified query finds Traditional text',
    text: '人工智慧的發展與投資',
    query: '发展',
    found: [[5, 7]],
  },
  {
    name: 'a Traditional query finds Simplified text',
    text: '算力投资持续增长',
    query: '投資',
    found: [[2, 4]],
  },
  {
    name: 'both scripts in one text are both found',
    text: '漢語和汉语',
    query: '汉语',
    found: [
      [0, 2],
      [3, 5],
    ],
  },
  {
    name: 'case does not matter',
    text: 'Nvidia and NVIDIA',
    query: 'nvidia',
    found: [
      [0, 6],
      [11, 17],
    ],
  },
  { name: 'full-width letters match half-width ones', text: 'ＡＩ泡沫', query: 'ai', found: [[0, 2]] },
  { name: 'a blank query finds nothing', text: 'anything', query: '   ', found: [] },
  {
    name: 'matches do not overlap',
    text: 'aaaa',
    query: 'aa',
    found: [
      [0, 2],
      [2, 4],
    ],
  },
  { name: 'a query that is not there finds nothing', text: '半导体', query: '银行', found: [] },
]

describe('findMatches', () => {
  for (const row of rows)
    it(`[SR7] ${row.name}`, () => {
      const found = findMatches(row.text, row.query, toSimplified).map((m) => [m.start, m.end])
      expect(found).toEqual(row.found)
    })

  it('[SR7] folding keeps every offset: the folded text is as long as the original', () => {
    const text = '臺灣的半導體產業，ＡＩ與雲端。𠮷'
    expect(foldForSearch(text, toSimplified)).toHaveLength(text.length)
  })

  it('[SR7] a converter that changes a phrase’s length is applied character by character', () => {
    const longer = (s: string) => s.replace(/滑鼠/g, '鼠标器')
    expect(foldForSearch('滑鼠', longer)).toBe('滑鼠')
  })
})
