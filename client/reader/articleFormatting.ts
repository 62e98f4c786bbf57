/**
 * Lays an imported article's blocks (headings, list items, quotes, code, emphasis) over the paragraphs
 * `splitArticle` cut, without touching the text: every piece keeps its offsets into the plain text, a
 * piece is only cut where emphasis starts or ends, and markers (a list's bullet) are not text.
 */
import { BlockKind, type TextBlock } from '../../shared/board/schema.ts'
import type { ArticleParagraph, ArticlePiece } from './articleBlocks.ts'

/** The inline kinds a run of text can carry, outermost first as they are drawn. */
export type InlineMark = typeof BlockKind.Strong | typeof BlockKind.Emphasis | typeof BlockKind.InlineCode
const INLINE_MARKS: readonly InlineMark[] = [BlockKind.Strong, BlockKind.Emphasis, BlockKind.InlineCode]

/** How one line of the article is drawn. */
export interface LineStyle {
  /** A heading's level (1–6), when the line is a heading. */
  heading?: number
  /** The line is (part of) a list item; `marker` only on the item's first line. */
  listItem?: { marker: string | undefined }
  quote?: true
  code?: true
}

/** A piece of a paragraph with the inline marks over it. */
export interface FormattedPiece extends ArticlePiece {
  marks: InlineMark[]
}

/** A paragraph (one line of the text) with its style and its pieces cut at inline marks. */
export interface FormattedParagraph {
  start: number
  end: number
  style: LineStyle
  pieces: FormattedPiece[]
}

// A stored article may hold blocks a forged import wrote: nesting past this depth is not drawn, so
// that a pile of blocks over one span cannot make the reader quadratic.
const MAX_OPEN_BLOCKS = 16

/** `paragraphs` (in text order) with the style and inline marks `blocks` give them; no blocks, no style. */
export function formatParagraphs(
  paragraphs: readonly ArticleParagraph[],
  blocks: readonly TextBlock[] | undefined,
): FormattedParagraph[] {
  const lineBlocks = new Sweep(blocks?.filter((b) => !isInline(b.kind)))
  const inlineBlocks = new Sweep(blocks?.filter((b) => isInline(b.kind)))
  return paragraphs.map(({ start, end, pieces }) => {
    const lineOpen = lineBlocks.openAt(start, start + 1)
    const inlineOpen = inlineBlocks.openAt(start, end)
    return {
      start,
      end,
      style:
        start === end
          ? {}
          : styleOf(
              lineOpen.filter((b) => b.end >= end),
              start,
            ),
      pieces: pieces.flatMap((piece) => markPiece(piece, inlineOpen)),
    }
  })
}

function isInline(kind: string): kind is InlineMark {
  return (INLINE_MARKS as readonly string[]).includes(kind)
}

/** Blocks sorted by start, opened as lines reach them and closed once passed. */
class Sweep {
  private readonly sorted: TextBlock[]
  private next = 0
  private open: TextBlock[] = []

  constructor(blocks: readonly TextBlock[] | undefined) {
    this.sorted = [...(blocks ?? [])].filter((b) => b.end > b.start).sort((a, b) => a.start - b.start)
  }

  /** The blocks overlapping `[start, end)`; `start` never goes back between calls. */
  openAt(start: number, end: number): TextBlock[] {
    this.open = this.open.filter((b) => b.end > start)
    for (; this.next < this.sorted.length; this.next++) {
      const block = this.sorted[this.next] as TextBlock
      if (block.start >= end) break
      if (block.end > start && this.open.length < MAX_OPEN_BLOCKS) this.open.push(block)
    }
    return this.open
  }
}

// The open blocks hold the whole line; the innermost (latest started) of a kind decides.
function styleOf(holding: readonly TextBlock[], lineStart: number): LineStyle {
  const innermost = (kind: BlockKind) => holding.findLast((b) => b.kind === kind)
  const heading = innermost(BlockKind.Heading)
  const item = innermost(BlockKind.ListItem)
  return {
    ...(heading ? { heading: heading.level ?? 1 } : {}),
    ...(item ? { listItem: { marker: item.start === lineStart ? (item.marker ?? '•') : undefined } } : {}),
    ...(innermost(BlockKind.Quote) ? { quote: true as const } : {}),
    ...(innermost(BlockKind.Code) ? { code: true as const } : {}),
  }
}

// Cuts a piece where an inline block starts or ends inside it; each part carries the marks over it.
function markPiece(piece: ArticlePiece, open: readonly TextBlock[]): FormattedPiece[] {
  const inside = open.filter((b) => b.start < piece.end && b.end > piece.start)
  if (inside.length === 0) return [{ ...piece, marks: [] }]
  const cuts = new Set([piece.start, piece.end])
  for (const block of inside)
    for (const at of [block.start, block.end]) if (at > piece.start && at < piece.end) cuts.add(at)
  const points = [...cuts].sort((a, b) => a - b)
  return points.slice(1).map((end, i) => {
    const start = points[i] as number
    const over = new Set(inside.filter((b) => b.start <= start && b.end >= end).map((b) => b.kind))
    return { ...piece, start, end, marks: INLINE_MARKS.filter((mark) => over.has(mark)) }
  })
}
