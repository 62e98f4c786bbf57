/**
 * Maps a DOM selection in the rendered article back to UTF-16 offsets of the source text. The article
 * renders every run of source text as an element whose `data-offset` is the run's offset in the source;
 * the newlines between paragraphs are not rendered but still count.
 */
import { makeExcerpt } from '../../shared/board/excerpt.ts'
import type { Excerpt, Source } from '../../shared/board/schema.ts'

/** The attribute that carries a text run's offset in the source text. */
export const OFFSET_ATTRIBUTE = 'data-offset'

/** A half-open range `[start, end)` of UTF-16 offsets into a source text. */
export interface TextRange {
  start: number
  end: number
}

interface MappedText {
  node: Text
  offset: number
}

const SHOW_TEXT = 0x4

/**
 * The source offsets of a selection inside `container`, trimmed of surrounding whitespace; null when the
 * selection is collapsed, misses the article, or holds only whitespace. A selection reaching outside the
 * article is clipped to it.
 */
export function selectionToRange(container: Element, selection: Range | Selection): TextRange | null {
  const range = firstRange(selection)
  if (!range || range.collapsed) return null
  const root = container.getRootNode()
  if (range.startContainer.getRootNode() !== root || range.endContainer.getRootNode() !== root) return null
  const texts = collectMappedText(container)
  if (texts.length === 0) return null
  const start = startOffsetOf(texts, range.startContainer, range.startOffset)
  const end = endOffsetOf(texts, range.endContainer, range.endOffset)
  return trimWhitespace(texts, start, end)
}

/** The excerpt of `source` that a selection in its rendered article stands for, or null. */
export function selectionToExcerpt(
  container: Element,
  selection: Range | Selection,
  source: Pick<Source, 'id' | 'text'>,
): Excerpt | null {
  const range = selectionToRange(container, selection)
  // The DOM may lag behind a source that just changed; never build an excerpt past the text's end.
  if (!range || range.end > source.text.length) return null
  return makeExcerpt(source.id, source.text, range.start, range.end)
}

function firstRange(selection: Range | Selection): Range | null {
  if ('rangeCount' in selection) return selection.rangeCount > 0 ? selection.getRangeAt(0) : null
  return selection
}

/** The text nodes that stand for source text, in document order, with their offsets. */
function collectMappedText(container: Element): MappedText[] {
  const walker = container.ownerDocument.createTreeWalker(container, SHOW_TEXT)
  const texts: MappedText[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const offset = node.parentElement?.getAttribute(OFFSET_ATTRIBUTE)
    if (offset != null) texts.push({ node: node as Text, offset: Number(offset) })
  }
  return texts
}

function collapsedRangeAt(node: Node, offset: number) {
  const range = (node.ownerDocument ?? (node as Document)).createRange()
  range.setStart(node, offset)
  return range
}

/** A start boundary between text runs (or before the article) moves forward to the next run. */
function startOffsetOf(texts: MappedText[], node: Node, offset: number) {
  const direct = texts.find((t) => t.node === node)
  if (direct) return direct.offset + offset
  const at = collapsedRangeAt(node, offset)
  const next = texts.find((t) => at.comparePoint(t.node, 0) >= 0)
  return next ? next.offset : endOfText(texts[texts.length - 1] as MappedText)
}

/** An end boundary between text runs (or after the article) moves back to the end of the previous run. */
function endOffsetOf(texts: MappedText[], node: Node, offset: number) {
  const direct = texts.find((t) => t.node === node)
  if (direct) return direct.offset + offset
  const at = collapsedRangeAt(node, offset)
  const previous = texts.findLast((t) => at.comparePoint(t.node, t.node.length) <= 0)
  return previous ? endOfText(previous) : (texts[0] as MappedText).offset
}

function endOfText(text: MappedText) {
  return text.offset + text.node.length
}

function trimWhitespace(texts: MappedText[], start: number, end: number): TextRange | null {
  while (start < end && isWhitespace(charAt(texts, start))) start++
  while (end > start && isWhitespace(charAt(texts, end - 1))) end--
  return end > start ? { start, end } : null
}

/** The source character at `offset`; offsets that no run renders are the newlines between paragraphs. */
function charAt(texts: MappedText[], offset: number) {
  let low = 0
  let high = texts.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const text = texts[middle] as MappedText
    if (offset < text.offset) high = middle - 1
    else if (offset >= endOfText(text)) low = middle + 1
    else return text.node.data.charAt(offset - text.offset)
  }
  return '\n'
}

function isWhitespace(char: string) {
  return /\s/.test(char)
}
