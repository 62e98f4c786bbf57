/** Cursors keep their screen size: the canvas scales them by its zoom, so they scale back by its inverse. */

/** The scale that undoes a zoom; 1 for a zoom that is not a positive number. */
export function counterScaleOf(zoom: number): number {
  return Number.isFinite(zoom) && zoom > 0 ? 1 / zoom : 1
}
