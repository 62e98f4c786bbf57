import { describe, expect, it } from 'vitest'
import { transformIndex, type DeltaStep } from '../../../client/cards/textDelta.ts'

describe('transformIndex', () => {
  it.each<[string, number, DeltaStep[], number]>([
    ['an insert before the caret pushes it right', 5, [{ retain: 2 }, { insert: 'abc' }], 8],
    ['an insert after the caret leaves it', 5, [{ retain: 7 }, { insert: 'abc' }], 5],
    ['an insert exactly at the caret leaves it', 5, [{ retain: 5 }, { insert: 'abc' }], 5],
    ['a deletion before the caret pulls it left', 5, [{ retain: 1 }, { delete: 2 }], 3],
    ['a deletion spanning the caret moves it to the deletion start', 5, [{ retain: 3 }, { delete: 4 }], 3],
    ['a deletion after the caret leaves it', 5, [{ retain: 6 }, { delete: 4 }], 5],
    ['a replacement before the caret shifts it by the net change', 6, [{ delete: 2 }, { insert: 'x' }], 5],
    ['an empty delta leaves it', 4, [], 4],
  ])('%s', (_name, index, delta, expected) => {
    expect(transformIndex(index, delta)).toBe(expected)
  })
})
