/** Saving an article into the board document. */
import type * as Y from 'yjs'
import { addSource } from '../../shared/board/mutators.ts'
import type { ArticleInput } from './articleDraft.ts'

/**
 * The transaction origin of an added article. The undo manager tracks only the `null` origin, so this
 * keeps the addition off the undo stack: an article is immutable once added, and undoing it would
 * strand every card (anyone's) that quotes it.
 */
export const ADD_ARTICLE_ORIGIN = Symbol('add-article')

/** Adds the article for everyone on the board and returns its id. */
export function addArticle(doc: Y.Doc, input: ArticleInput, addedBy: string): string {
  let id = ''
  doc.transact(() => {
    id = addSource(doc, { ...input, addedBy })
  }, ADD_ARTICLE_ORIGIN)
  return id
}
