/**
 * Builds the plain-text layer of a formatted article (Markdown, HTML) and the blocks over it, the way a
 * browser lays out text: block elements start on a new line, runs of whitespace show as one space, and
 * whitespace at the edges of a line is dropped. A line break between two CJK characters is dropped too,
 * as in CSS Text 3's segment-break rules: Chinese wrapped over two source lines reads as one run.
 */
import type { BlockKind, TextBlock } from '../../../shared/sources/importedArticle.ts'
import { lineJoiner } from './wideCharacters.ts'

type Extras = Pick<TextBlock, 'level' | 'marker'>

interface OpenBlock extends Extras {
  kind: BlockKind
  start: number | undefined
}

// What separates the next content from the text before it; decided only when content arrives.
const Gap = { None: 0, Space: 1, SoftBreak: 2, Line: 3 } as const
type Gap = (typeof Gap)[keyof typeof Gap]

export class ArticleTextBuilder {
  private readonly parts: string[] = []
  private length = 0
  private lastChar = ''
  private gap: Gap = Gap.None
  private readonly open: OpenBlock[] = []
  // Each block with how deeply it was nested, so that of two blocks over the same span the outer one comes first.
  private readonly blocks: { block: TextBlock; depth: number }[] = []

  /** Runs `fill` inside a block element, which starts on a line of its own. */
  block(kind: BlockKind, fill: () => void, extras: Extras = {}): void {
    this.breakLine()
    this.open.push({ kind, start: undefined, ...extras })
    fill()
    this.close()
    this.breakLine()
  }

  /** Runs `fill` inside an inline element (emphasis, strong, code), which flows with the text. */
  inline(kind: BlockKind, fill: () => void): void {
    this.open.push({ kind, start: undefined })
    fill()
    this.close()
  }

  /** Requests a new line before the next content, as `<br>` or a block boundary does. */
  breakLine(): void {
    if (this.length > 0) this.gap = Gap.Line
  }

  /** Appends text whose whitespace collapses as HTML's does. */
  appendText(text: string): void {
    for (const match of text.matchAll(/(\s+)|[^\s]+/gu)) {
      if (match[1] === undefined) this.emit(match[0])
      else this.widenGap(match[1].includes('\n') ? Gap.SoftBreak : Gap.Space)
    }
  }

  /** Appends text exactly as given (a code block), newlines included. */
  appendVerbatim(text: string): void {
    if (text.length > 0) this.emit(text)
  }

  /** The text and its blocks, outer blocks before the blocks they contain. */
  finish(): { text: string; blocks: TextBlock[] } {
    const blocks = [...this.blocks]
      .sort((a, b) => a.block.start - b.block.start || b.block.end - a.block.end || a.depth - b.depth)
      .map(({ block }) => block)
    return { text: this.parts.join(''), blocks }
  }

  private widenGap(gap: Gap) {
    if (this.length > 0 && gap > this.gap) this.gap = gap
  }

  private emit(content: string) {
    const separator = this.separatorBefore(content)
    if (separator) this.push(separator)
    this.gap = Gap.None
    for (const block of this.open) block.start ??= this.length
    this.push(content)
  }

  private separatorBefore(content: string): string {
    if (this.gap === Gap.Line) return '\n'
    if (this.gap === Gap.Space) return ' '
    if (this.gap === Gap.SoftBreak) return lineJoiner(this.lastChar, content)
    return ''
  }

  private push(content: string) {
    this.parts.push(content)
    this.length += content.length
    this.lastChar = content.at(-1)!
  }

  private close() {
    const block = this.open.pop()!
    // A block with no text (an image-only paragraph, an empty list item) leaves nothing behind.
    if (block.start === undefined || block.start === this.length) return
    const { kind, start, level, marker } = block
    const extras = { ...(level !== undefined ? { level } : {}), ...(marker !== undefined ? { marker } : {}) }
    this.blocks.push({ block: { kind, start, end: this.length, ...extras }, depth: this.open.length })
  }
}
