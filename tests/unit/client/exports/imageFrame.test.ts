import { describe, expect, it } from 'vitest'
import { FRAME_PADDING, MAX_IMAGE_SIDE, wholeBoardFrame } from '../../../../client/exports/imageFrame.ts'

const pad = 2 * FRAME_PADDING

describe('XM5 whole-board image frame', () => {
  it.each([
    [
      'a small board at its own scale, twice as sharp',
      1000,
      600,
      { width: 1000 + pad, height: 600 + pad, pixelRatio: 2 },
    ],
    [
      'a wide board keeps its proportions',
      5000,
      1000,
      { width: 5000 + pad, height: 1000 + pad, pixelRatio: MAX_IMAGE_SIDE / (5000 + pad) },
    ],
    ['a tiny board still has a frame', 0, 0, { width: pad, height: pad, pixelRatio: 2 }],
  ])('%s', (_, width, height, frame) => {
    expect(wholeBoardFrame({ x: -300, y: 50, width, height })).toEqual(frame)
  })

  it('shrinks a board larger than the cap to fit, one pixel per CSS pixel', () => {
    const frame = wholeBoardFrame({ x: 0, y: 0, width: 20_000, height: 10_000 })
    expect(Math.max(frame.width, frame.height) * frame.pixelRatio).toBeLessThanOrEqual(MAX_IMAGE_SIDE)
    expect(frame.width).toBe(MAX_IMAGE_SIDE)
    expect(frame.pixelRatio).toBe(1)
    expect(frame.height / frame.width).toBeCloseTo((10_000 + pad) / (20_000 + pad), 3)
  })

  it('never passes the cap in pixels', () => {
    for (const side of [100, 3000, 3961, 4000, 7999, 8000, 50_000]) {
      const frame = wholeBoardFrame({ x: 0, y: 0, width: side, height: side / 2 })
      expect(frame.width * frame.pixelRatio).toBeLessThanOrEqual(MAX_IMAGE_SIDE + 1e-6)
    }
  })
})
