/**
 * Showing someone else's canvas view on a screen of another size: the region of the board they see,
 * fitted whole into this pane and centred, so a phone following a laptop misses nothing of it.
 */
import type { CanvasView } from './followPresence.ts'

/** A rectangle of the board, in flow coordinates. */
export interface Region {
  x: number
  y: number
  width: number
  height: number
}

/** React Flow's viewport: the translation (px) and the zoom. */
export interface Viewport {
  x: number
  y: number
  zoom: number
}

/** The zoom range of the canvas. */
export interface ZoomLimits {
  minZoom: number
  maxZoom: number
}

/** The part of the board a view shows, or undefined when its pane has no size. */
export function visibleRegion(view: CanvasView): Region | undefined {
  if (view.width <= 0 || view.height <= 0 || view.zoom <= 0) return undefined
  return {
    x: -view.x / view.zoom,
    y: -view.y / view.zoom,
    width: view.width / view.zoom,
    height: view.height / view.zoom,
  }
}

/**
 * The viewport that shows all of `region` in a pane of `size`, centred; undefined when the pane has
 * no size. Within the zoom limits only: past the least zoom the region's middle is shown.
 */
export function fitRegion(
  region: Region,
  size: { width: number; height: number },
  limits: ZoomLimits,
): Viewport | undefined {
  if (size.width <= 0 || size.height <= 0 || region.width <= 0 || region.height <= 0) return undefined
  const fit = Math.min(size.width / region.width, size.height / region.height)
  const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, fit))
  const centreX = region.x + region.width / 2
  const centreY = region.y + region.height / 2
  return { x: size.width / 2 - centreX * zoom, y: size.height / 2 - centreY * zoom, zoom }
}

/** `view` as this pane should show it, or undefined when either pane has no size. */
export function followViewport(
  view: CanvasView,
  size: { width: number; height: number },
  limits: ZoomLimits,
): Viewport | undefined {
  const region = visibleRegion(view)
  return region && fitRegion(region, size, limits)
}
