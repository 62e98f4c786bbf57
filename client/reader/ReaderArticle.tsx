/**
 * The article body: one element per line of the source (a paragraph, or a heading, list item, quote
 * or code line of an imported article), runs of text tagged with their source offsets.
 */
import { createElement, memo, type ReactNode, type Ref } from 'react'
import type { Source } from '../../shared/board/schema.ts'
import type { FormattedParagraph, FormattedPiece, InlineMark, LineStyle } from './articleFormatting.ts'
import { toneOfSegment } from './highlightSegments.ts'

/** The test id and the selector of every highlight element. */
export const HIGHLIGHT_TEST_ID = 'highlight'
export const HIGHLIGHT_SELECTOR = `[data-testid="${HIGHLIGHT_TEST_ID}"]`

export interface ReaderArticleProps {
  source: Source
  paragraphs: FormattedParagraph[]
  articleRef: Ref<HTMLDivElement>
  labelledBy: string
  /** The hidden text that tells how to select from the keyboard. */
  describedBy: string
}

/**
 * Renders each run as exactly one text node inside an element carrying `data-offset`, which is what
 * `selectionToRange` and the focus request read back; the newlines between paragraphs are not rendered.
 * Formatting only wraps those elements (<strong>, <em>, <code>) or picks the line's element: a list
 * marker is drawn by CSS from `data-marker`, so no character the text lacks is ever selectable.
 */
export const ReaderArticle = memo(function ReaderArticle({
  source,
  paragraphs,
  articleRef,
  labelledBy,
  describedBy,
}: ReaderArticleProps) {
  return (
    <div
      ref={articleRef}
      className="reader-article"
      data-testid="reader-article"
      data-source-id={source.id}
      lang={source.language}
      // Focusable, so that the keyboard can reach the text and select in it (useCaretBrowsing).
      tabIndex={0}
      role="article"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      {paragraphs.map((paragraph) =>
        createElement(
          lineElement(paragraph.style),
          { key: paragraph.start, ...lineAttributes(paragraph.style) },
          paragraph.pieces.length === 0 ? <br /> : paragraph.pieces.map((p) => renderPiece(source.text, p)),
        ),
      )}
    </div>
  )
})

// Markdown's `#` is the article's top heading; the reader's own title is the <h2> above it.
function lineElement(style: LineStyle): string {
  return style.heading ? `h${Math.min(6, style.heading + 2)}` : 'p'
}

function lineAttributes(style: LineStyle) {
  const classes = [
    style.heading && `reader-h reader-h${style.heading}`,
    style.listItem && 'reader-li',
    style.quote && 'reader-quote',
    style.code && 'reader-code',
  ].filter(Boolean)
  return {
    ...(classes.length > 0 ? { className: classes.join(' ') } : {}),
    ...(style.listItem?.marker ? { 'data-marker': style.listItem.marker } : {}),
  }
}

const MARK_ELEMENT: Record<InlineMark, string> = { strong: 'strong', emphasis: 'em', inlineCode: 'code' }

function renderPiece(text: string, piece: FormattedPiece) {
  // Inner marks first, so the outermost mark (strong) wraps the others.
  return piece.marks.reduceRight<ReactNode>(
    (inner, mark) => createElement(MARK_ELEMENT[mark], { key: piece.start }, inner),
    renderRun(text, piece),
  )
}

function renderRun(text: string, piece: FormattedPiece) {
  const content = text.slice(piece.start, piece.end)
  const { segment } = piece
  if (!segment)
    return (
      <span key={piece.start} data-offset={piece.start}>
        {content}
      </span>
    )
  const tone = toneOfSegment(segment)
  const multi = segment.cardIds.length > 1 ? ' reader-hl--multi' : ''
  return (
    <mark
      key={piece.start}
      className={`reader-hl reader-hl--${tone}${multi}`}
      data-testid={HIGHLIGHT_TEST_ID}
      data-offset={piece.start}
      data-end={piece.end}
      data-card-ids={segment.cardIds.join(' ')}
      data-stance={tone}
      role="button"
      tabIndex={0}
    >
      {content}
    </mark>
  )
}
