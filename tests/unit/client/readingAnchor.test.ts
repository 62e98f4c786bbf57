import { describe, expect, it } from 'vitest'
import { anchorAt, scrollTopFor, type BlockBox } from '../../../client/follow/readingAnchor.ts'

/** Paragraphs one after the other from `start`, with these heights and a gap between them. */
function layout(start: number, heights: number[], gap = 10): BlockBox[] {
  let top = start
  return heights.map((height) => {
    const box = { top, height }
    top += height + gap
    return box
  })
}

const laptop = layout(80, [100, 40, 200, 60])
// The same article on a phone: narrower, so each paragraph wraps to more lines; a taller title.
const phone = layout(140, [260, 90, 520, 150])

describe('anchorAt', () => {
  const cases: { scrollTop: number; block: number; within: number }[] = [
    { scrollTop: 0, block: -1, within: 0 },
    { scrollTop: 40, block: -1, within: 0.5 },
    { scrollTop: 80, block: 0, within: 0 },
    { scrollTop: 130, block: 0, within: 0.5 },
    // In the gap after a paragraph: that paragraph, read to its end.
    { scrollTop: 185, block: 0, within: 1 },
    { scrollTop: 190, block: 1, within: 0 },
    { scrollTop: 340, block: 2, within: 0.5 },
    { scrollTop: 10_000, block: 3, within: 1 },
  ]
  for (const { scrollTop, block, within } of cases) {
    it(`puts a pane scrolled to ${scrollTop}px at paragraph ${block}, ${within * 100}% in`, () => {
      expect(anchorAt(laptop, scrollTop)).toEqual({ block, within })
    })
  }

  it('is the top of the pane for an article without paragraphs', () => {
    expect(anchorAt([], 300)).toEqual({ block: -1, within: 0 })
  })
})

describe('scrollTopFor', () => {
  it('is the inverse of anchorAt on the same layout', () => {
    for (const scrollTop of [0, 40, 80, 130, 190, 340, 500])
      expect(scrollTopFor(anchorAt(laptop, scrollTop), laptop)).toBeCloseTo(scrollTop)
  })

  it('shows the paragraph the leader reads on a screen where it wraps differently (both ways)', () => {
    const onPhone = scrollTopFor(anchorAt(laptop, 340), phone)
    expect(anchorAt(phone, onPhone)).toEqual({ block: 2, within: 0.5 })
    const backOnLaptop = scrollTopFor(anchorAt(phone, onPhone), laptop)
    expect(backOnLaptop).toBeCloseTo(340)
  })

  it('goes to the last paragraph when told of one past the end, and to the top without any', () => {
    expect(scrollTopFor({ block: 9, within: 0 }, laptop)).toBe(laptop[3]!.top)
    expect(scrollTopFor({ block: 2, within: 0.5 }, [])).toBe(0)
  })
})
