/**
 * A reading position that survives a change of screen: the paragraph at the top of the pane and how
 * far into it, rather than pixels, which differ with the width and the type size.
 */

/** A paragraph's place in the scrolled content: its top and height (px). */
export interface BlockBox {
  top: number
  height: number
}

/** The paragraph at the top of the pane (-1: the title area above the first) and how far into it, 0–1. */
export interface ReadingAnchor {
  block: number
  within: number
}

const clampFraction = (value: number) => Math.min(1, Math.max(0, value))

/** The anchor of a pane scrolled to `scrollTop` over these paragraphs (in document order). */
export function anchorAt(blocks: readonly BlockBox[], scrollTop: number): ReadingAnchor {
  const first = blocks[0]
  if (!first || scrollTop < first.top) {
    // Above the article: how far the title area has gone out of sight.
    return { block: -1, within: first && first.top > 0 ? clampFraction(scrollTop / first.top) : 0 }
  }
  let index = 0
  while (index + 1 < blocks.length && blocks[index + 1]!.top <= scrollTop) index++
  const block = blocks[index]!
  return {
    block: index,
    within: block.height > 0 ? clampFraction((scrollTop - block.top) / block.height) : 0,
  }
}

/** The scroll position that puts `anchor` at the top of a pane over these paragraphs. */
export function scrollTopFor(anchor: ReadingAnchor, blocks: readonly BlockBox[]): number {
  const first = blocks[0]
  if (!first) return 0
  if (anchor.block < 0) return clampFraction(anchor.within) * first.top
  // The same article has the same paragraphs; this only guards a render caught half way.
  const block = blocks[Math.min(anchor.block, blocks.length - 1)]!
  return block.top + clampFraction(anchor.within) * block.height
}
