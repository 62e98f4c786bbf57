/** CV7: the board map's geometry: what it shows, the cards as one path, and the point under the pointer. */
import { describe, expect, it } from 'vitest'
import {
  boundsOf,
  mapView,
  MINIMAP_SIZE,
  rectsPath,
  toCanvasPoint,
  viewportRect,
} from '../../../client/canvas/minimap/minimapGeometry.ts'

describe('CV7 board map geometry', () => {
  it('CV7 bounds hold every rectangle, and none for no rectangle', () => {
    expect(boundsOf([])).toBeUndefined()
    expect(
      boundsOf([
        { x: -100, y: 50, width: 10, height: 10 },
        { x: 0, y: 0, width: 280, height: 180 },
      ]),
    ).toEqual({ x: -100, y: 0, width: 380, height: 180 })
  })

  it('CV7 the viewport is the pane divided by the zoom, from the translation', () => {
    expect(viewportRect([100, -50, 0.5], { width: 1000, height: 800 })).toEqual({
      x: -200,
      y: 100,
      width: 2000,
      height: 1600,
    })
  })

  const cases: {
    name: string
    board: Parameters<typeof mapView>[0]
    viewport: Parameters<typeof mapView>[1]
  }[] = [
    {
      name: 'a wide board inside the viewport',
      board: { x: 0, y: 0, width: 25_000, height: 16_000 },
      viewport: { x: 1000, y: 1000, width: 2000, height: 1500 },
    },
    {
      name: 'a small board, the viewport beyond it',
      board: { x: 0, y: 0, width: 800, height: 900 },
      viewport: { x: -2000, y: -500, width: 5000, height: 4000 },
    },
    { name: 'no board', board: undefined, viewport: { x: 0, y: 0, width: 1000, height: 1000 } },
  ]
  for (const { name, board, viewport } of cases)
    it(`CV7 shows the board and the viewport, in the map's proportions: ${name}`, () => {
      const view = mapView(board, viewport)
      expect(view.width / view.height).toBeCloseTo(MINIMAP_SIZE.width / MINIMAP_SIZE.height)
      expect(view.width / MINIMAP_SIZE.width).toBeCloseTo(view.scale)
      for (const rect of board ? [board, viewport] : [viewport]) {
        expect(rect.x).toBeGreaterThanOrEqual(view.x)
        expect(rect.y).toBeGreaterThanOrEqual(view.y)
        expect(rect.x + rect.width).toBeLessThanOrEqual(view.x + view.width)
        expect(rect.y + rect.height).toBeLessThanOrEqual(view.y + view.height)
      }
      // The map's corners are the view's corners.
      expect(toCanvasPoint(view, { x: 0, y: 0 })).toEqual({ x: view.x, y: view.y })
      const far = toCanvasPoint(view, { x: MINIMAP_SIZE.width, y: MINIMAP_SIZE.height })
      expect(far.x).toBeCloseTo(view.x + view.width)
      expect(far.y).toBeCloseTo(view.y + view.height)
    })

  it('CV7 draws every rectangle as one path of closed rectangles', () => {
    expect(
      rectsPath([
        { x: 0, y: 80, width: 280, height: 180 },
        { x: -320.4, y: 340, width: 280, height: 180 },
      ]),
    ).toBe('M0 80h280v180h-280zM-320 340h280v180h-280z')
    expect(rectsPath([])).toBe('')
  })
})
