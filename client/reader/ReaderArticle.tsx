/** The article body: one <p> per line of the source, runs of text tagged with their source offsets. */
import { memo, type Ref } from 'react'
import type { Source } from '../../shared/board/schema.ts'
import type { ArticlePiece, ArticleParagraph } from './articleBlocks.ts'
import { toneOfSegment } from './highlightSegments.ts'

/** The test id and the selector of every highlight element. */
export const HIGHLIGHT_TEST_ID = 'highlight'
export const HIGHLIGHT_SELECTOR = `[data-testid="${HIGHLIGHT_TEST_ID}"]`

export interface ReaderArticleProps {
  source: Source
  paragraphs: ArticleParagraph[]
  articleRef: Ref<HTMLDivElement>
  labelledBy: string
  /** The hidden text that tells how to select from the keyboard. */
  describedBy: string
}

/**
 * Renders each run as exactly one text node inside an element carrying `data-offset`, which is what
 * `selectionToRange` and the focus request read back; the newlines between paragraphs are not rendered.
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
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.pieces.length === 0 ? <br /> : paragraph.pieces.map((p) => renderPiece(source.text, p))}
        </p>
      ))}
    </div>
  )
})

function renderPiece(text: string, piece: ArticlePiece) {
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
