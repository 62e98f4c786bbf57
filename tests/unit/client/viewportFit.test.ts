import { describe, expect, it } from 'vitest'
import type { CanvasView } from '../../../client/follow/followPresence.ts'
import { fitRegion, followViewport, visibleRegion, type Region } from '../../../client/follow/viewportFit.ts'

const LIMITS = { minZoom: 0.1, maxZoom: 2 }

/** The region a viewport shows in a pane: what the follower sees. */
function shownRegion(
  viewport: { x: number; y: number; zoom: number },
  size: { width: number; height: number },
) {
  return visibleRegion({ ...viewport, ...size })!
}

function contains(outer: Region, inner: Region) {
  const epsilon = 1e-9
  return (
    outer.x <= inner.x + epsilon &&
    outer.y <= inner.y + epsilon &&
    outer.x + outer.width >= inner.x + inner.width - epsilon &&
    outer.y + outer.height >= inner.y + inner.height - epsilon
  )
}

describe('visibleRegion', () => {
  it('is the board rectangle a pane shows at a pan and zoom', () => {
    expect(visibleRegion({ x: -100, y: 50, zoom: 2, width: 800, height: 600 })).toEqual({
      x: 50,
      y: -25,
      width: 400,
      height: 300,
    })
  })

  it('is nothing for a pane without size (a hidden canvas)', () => {
    expect(visibleRegion({ x: 0, y: 0, zoom: 1, width: 0, height: 600 })).toBeUndefined()
    expect(visibleRegion({ x: 0, y: 0, zoom: 1, width: 800, height: 0 })).toBeUndefined()
  })
})

describe('followViewport', () => {
  const leader: CanvasView = { x: -240, y: -120, zoom: 1.2, width: 900, height: 700 }
  const cases: { name: string; size: { width: number; height: number } }[] = [
    { name: 'the same pane', size: { width: 900, height: 700 } },
    { name: 'a phone', size: { width: 390, height: 640 } },
    { name: 'a wide projector', size: { width: 1920, height: 1000 } },
    { name: 'a short, wide pane', size: { width: 1200, height: 300 } },
  ]
  for (const { name, size } of cases) {
    it(`shows the whole of the leader's region, centred, on ${name}`, () => {
      const region = visibleRegion(leader)!
      const viewport = followViewport(leader, size, LIMITS)!
      const shown = shownRegion(viewport, size)
      expect(contains(shown, region)).toBe(true)
      // Centred on the same point of the board.
      expect(shown.x + shown.width / 2).toBeCloseTo(region.x + region.width / 2)
      expect(shown.y + shown.height / 2).toBeCloseTo(region.y + region.height / 2)
      // As large as fits: one side of the region touches the pane's edges.
      const fills = Math.max(region.width / shown.width, region.height / shown.height)
      expect(fills).toBeCloseTo(1)
    })
  }

  it('gives the leader their very own viewport back on a pane of their size', () => {
    expect(followViewport(leader, { width: 900, height: 700 }, LIMITS)).toEqual({
      x: expect.closeTo(leader.x) as number,
      y: expect.closeTo(leader.y) as number,
      zoom: expect.closeTo(leader.zoom) as number,
    })
  })

  it('maps back and forth between two screens without drifting (the mirror case)', () => {
    const phone = { width: 390, height: 640 }
    const onPhone = followViewport(leader, phone, LIMITS)!
    const back = followViewport({ ...onPhone, ...phone }, { width: 900, height: 700 }, LIMITS)!
    // The phone shows more than the leader did (the other aspect), never less.
    expect(contains(shownRegion(back, { width: 900, height: 700 }), visibleRegion(leader)!)).toBe(true)
  })

  it('stops at the zoom limits and keeps the region centred', () => {
    const tiny = { x: 0, y: 0, width: 10, height: 10 }
    const viewport = fitRegion(tiny, { width: 1000, height: 1000 }, LIMITS)!
    expect(viewport.zoom).toBe(2)
    expect(contains(shownRegion(viewport, { width: 1000, height: 1000 }), tiny)).toBe(true)
    const huge = { x: 0, y: 0, width: 100_000, height: 100 }
    expect(fitRegion(huge, { width: 1000, height: 1000 }, LIMITS)!.zoom).toBe(0.1)
  })

  it('does nothing while either pane has no size', () => {
    expect(followViewport(leader, { width: 0, height: 0 }, LIMITS)).toBeUndefined()
    expect(followViewport({ ...leader, width: 0 }, { width: 900, height: 700 }, LIMITS)).toBeUndefined()
  })
})
