/** The size of the whole-board image: the cards' bounds at their own scale, sharp but bounded. */

export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

export interface ImageFrame {
  /** CSS pixels of the image; the PNG has `pixelRatio` times as many. */
  width: number
  height: number
  pixelRatio: number
}

/** Room around the outermost cards, in CSS pixels. */
export const FRAME_PADDING = 40
/** Chromium refuses canvases past 16,384 pixels a side; a smaller cap keeps memory sane on a phone. */
export const MAX_IMAGE_SIDE = 8_000
const SHARP_PIXEL_RATIO = 2

/**
 * The frame that holds `bounds` at zoom 1 plus padding: twice as many pixels as CSS pixels (crisp text
 * when zoomed in), fewer when that would pass MAX_IMAGE_SIDE, and a frame no larger than the cap when
 * even one pixel per CSS pixel would (the board is then drawn smaller to fit).
 */
export function wholeBoardFrame(bounds: Bounds): ImageFrame {
  const naturalWidth = Math.ceil(bounds.width + 2 * FRAME_PADDING)
  const naturalHeight = Math.ceil(bounds.height + 2 * FRAME_PADDING)
  const longest = Math.max(naturalWidth, naturalHeight)
  const shrink = Math.min(1, MAX_IMAGE_SIDE / longest)
  const width = Math.max(1, Math.floor(naturalWidth * shrink))
  const height = Math.max(1, Math.floor(naturalHeight * shrink))
  const pixelRatio = Math.max(1, Math.min(SHARP_PIXEL_RATIO, MAX_IMAGE_SIDE / Math.max(width, height)))
  return { width, height, pixelRatio }
}
