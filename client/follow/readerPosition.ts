/** Reading and setting the reader pane's position in the DOM, as a paragraph anchor (readingAnchor.ts). */
import type { ReadingAt } from './followPresence.ts'
import { anchorAt, scrollTopFor, type BlockBox } from './readingAnchor.ts'

// NOTE: the reader's own markup (client/reader/ReaderPane.tsx, ReaderArticle.tsx): the scrolled
// panel, and the article whose children are the paragraphs, one per line of the source.
const SCROLL_SELECTOR = '.reader-scroll'
const ARTICLE_SELECTOR = '[data-testid="reader-article"]'

function readerParts(column: HTMLElement) {
  const scroll = column.querySelector<HTMLElement>(SCROLL_SELECTOR)
  const article = scroll?.querySelector<HTMLElement>(ARTICLE_SELECTOR)
  return { scroll, article }
}

function blockBoxes(scroll: HTMLElement, article: HTMLElement): BlockBox[] {
  const origin = scroll.getBoundingClientRect().top - scroll.scrollTop
  return Array.from(article.children, (block) => {
    const rect = block.getBoundingClientRect()
    return { top: rect.top - origin, height: rect.height }
  })
}

/** Where the reader in `column` is, or undefined when it shows no article. */
export function readReaderPosition(column: HTMLElement): ReadingAt | undefined {
  const { scroll, article } = readerParts(column)
  const sourceId = article?.dataset.sourceId
  if (!scroll || !article || !sourceId) return undefined
  return { sourceId, ...anchorAt(blockBoxes(scroll, article), scroll.scrollTop) }
}

/** Scrolls the reader in `column` to `at`; false when it does not show that article (yet). */
export function scrollReaderTo(column: HTMLElement, at: ReadingAt): boolean {
  const { scroll, article } = readerParts(column)
  if (!scroll || !article || article.dataset.sourceId !== at.sourceId) return false
  scroll.scrollTop = scrollTopFor(at, blockBoxes(scroll, article))
  return true
}
