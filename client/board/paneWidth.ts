/** Bounds of the reader pane's width. */

export const DEFAULT_READER_WIDTH = 440
export const MIN_READER_WIDTH = 260
/** The canvas keeps at least this much room. */
export const MIN_CANVAS_WIDTH = 320

/** `width` kept between the minimum and what leaves the canvas its minimum in a window `total` wide. */
export function clampPaneWidth(width: number, total: number): number {
  const max = Math.max(MIN_READER_WIDTH, total - MIN_CANVAS_WIDTH)
  return Math.min(max, Math.max(MIN_READER_WIDTH, width))
}
