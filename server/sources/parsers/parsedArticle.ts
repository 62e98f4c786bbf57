/** What each parser gives back, before the title is settled, the language guessed and the limits checked. */
import type { PageSpan, TextBlock } from '../../../shared/sources/importedArticle.ts'

export interface ParsedArticle {
  /** The title the file itself states (a first heading, `<title>`, PDF metadata), if any. */
  title: string | undefined
  text: string
  blocks?: TextBlock[]
  pages?: PageSpan[]
}
