/** Whether a card's excerpt still stands in its article, and how: the pure part of orphan and drift reports. */
import type { Excerpt } from '../schema.ts'
import { anchorExcerpt } from './anchorExcerpt.ts'

/** How an excerpt stands in the current text of its article. */
export const AnchorStatus = {
  /** The quote, verbatim, at its stored offsets. */
  Exact: 'exact',
  /** The quote, verbatim, elsewhere: text was inserted or deleted before it, or it was moved. */
  Moved: 'moved',
  /** A passage that differs from the quote (a typo fixed, punctuation or spacing changed) stands for it. */
  Changed: 'changed',
  /** Nothing in the text is close enough to the quote: its passage is gone. */
  Orphaned: 'orphaned',
} as const
export type AnchorStatus = (typeof AnchorStatus)[keyof typeof AnchorStatus]

/** An excerpt's status and, unless it is orphaned, where it stands now. */
export type ExcerptAnchoring =
  | { status: typeof AnchorStatus.Orphaned; range: null }
  | {
      status: Exclude<AnchorStatus, typeof AnchorStatus.Orphaned>
      range: { start: number; end: number }
      score: number
    }

/**
 * Tells whether `excerpt` is found in `text` exactly, moved, changed or orphaned.
 * @example
 * anchorStatusOf(article.text, card.excerpt).status === AnchorStatus.Orphaned // → "this passage was not found"
 */
export function anchorStatusOf(text: string, excerpt: Excerpt): ExcerptAnchoring {
  const anchor = anchorExcerpt(text, excerpt)
  if (!anchor) return { status: AnchorStatus.Orphaned, range: null }
  const range = { start: anchor.start, end: anchor.end }
  if (!anchor.exact) return { status: AnchorStatus.Changed, range, score: anchor.score }
  const atStoredOffsets = anchor.start === excerpt.start && anchor.end === excerpt.end
  return { status: atStoredOffsets ? AnchorStatus.Exact : AnchorStatus.Moved, range, score: anchor.score }
}
