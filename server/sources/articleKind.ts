/** Which parser reads an upload or a fetched page: from its media type, else its file name's extension. */
import { BoardError, ErrorCode } from '../../shared/errors.ts'

/** The kinds of article the server can read. */
export const ArticleKind = { Text: 'text', Markdown: 'markdown', Html: 'html', Pdf: 'pdf' } as const
export type ArticleKind = (typeof ArticleKind)[keyof typeof ArticleKind]

const BY_MEDIA_TYPE: Partial<Record<string, ArticleKind>> = {
  'text/plain': ArticleKind.Text,
  'text/markdown': ArticleKind.Markdown,
  'text/x-markdown': ArticleKind.Markdown,
  'text/html': ArticleKind.Html,
  'application/xhtml+xml': ArticleKind.Html,
  'application/pdf': ArticleKind.Pdf,
}
const BY_EXTENSION: Partial<Record<string, ArticleKind>> = {
  txt: ArticleKind.Text,
  text: ArticleKind.Text,
  md: ArticleKind.Markdown,
  markdown: ArticleKind.Markdown,
  html: ArticleKind.Html,
  htm: ArticleKind.Html,
  pdf: ArticleKind.Pdf,
}

/** The media types a fetched page may have, for the `Accept` header. */
export const ACCEPTED_MEDIA_TYPES: readonly string[] = Object.keys(BY_MEDIA_TYPE)

/** `text/html` of `Text/HTML; charset=utf-8`; '' when there is none. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase()
}

/**
 * The kind of an article. A known media type decides, except that `text/plain` yields to a `.md`
 * name (web servers serve Markdown as plain text); an unknown or generic one (`application/octet-stream`,
 * none at all, as browsers send for `.md` files) leaves it to the extension.
 */
export function articleKindOf(contentType: string | undefined, filename: string | undefined): ArticleKind {
  const byType = BY_MEDIA_TYPE[mediaTypeOf(contentType)]
  const extension = /\.([a-z0-9]{1,10})$/i.exec(filename ?? '')?.[1]?.toLowerCase()
  const byExtension = extension ? BY_EXTENSION[extension] : undefined
  if (byType === ArticleKind.Text && byExtension === ArticleKind.Markdown) return byExtension
  const kind = byType ?? byExtension
  if (kind) return kind
  const shown = mediaTypeOf(contentType) || (extension ? `.${extension}` : 'an unknown type')
  throw new BoardError(
    ErrorCode.UnsupportedType,
    `Articles can be imported from .txt, .md, .html and .pdf files and web pages, not from ${shown}.`,
  )
}
