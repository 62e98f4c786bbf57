/**
 * Any file or fetched page to an imported article: the right parser by kind, then a title (the file's
 * own, else its name, else its first line), a guessed language, and the board's limits checked.
 */
import { LIMITS } from '../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { guessLanguage } from '../../shared/sources/guessLanguage.ts'
import {
  importedArticleSchema,
  STRUCTURE_LIMITS,
  type ImportedArticle,
} from '../../shared/sources/importedArticle.ts'
import { ArticleKind, articleKindOf } from './articleKind.ts'
import { parseHtml } from './parsers/parseHtml.ts'
import { parseMarkdown } from './parsers/parseMarkdown.ts'
import type { ParsedArticle } from './parsers/parsedArticle.ts'
import { parsePdf } from './parsers/parsePdf.ts'
import { parseText } from './parsers/parseText.ts'

/** The bytes of an article with what is known about them. */
export interface ArticleFile {
  bytes: Uint8Array
  /** The declared Content-Type, charset included. */
  contentType?: string
  /** The file's name, or the last segment of the page's URL. */
  filename?: string
  /** Where a fetched page came from. */
  url?: string
}

/** Parses `file` by its kind; throws a BoardError with a code for every reason it is not an article. */
export async function parseArticle(file: ArticleFile): Promise<ImportedArticle> {
  const kind = articleKindOf(file.contentType, file.filename)
  return finishArticle(await parseByKind(kind, file), file.filename)
}

function parseByKind(kind: ArticleKind, file: ArticleFile): ParsedArticle | Promise<ParsedArticle> {
  switch (kind) {
    case ArticleKind.Text:
      return parseText(file.bytes)
    case ArticleKind.Markdown:
      return parseMarkdown(file.bytes)
    case ArticleKind.Html:
      return parseHtml(file.bytes, { contentType: file.contentType, url: file.url })
    case ArticleKind.Pdf:
      return parsePdf(file.bytes)
  }
}

/** Settles the title and language of a parsed article and checks it against the board's limits. */
export function finishArticle(parsed: ParsedArticle, filename?: string): ImportedArticle {
  const { text } = parsed
  if (text.trim().length === 0)
    throw new BoardError(ErrorCode.NotAnArticle, 'There is no text in it to import.')
  if (text.length > LIMITS.sourceTextLength)
    throw new BoardError(
      ErrorCode.TooLarge,
      `Articles of up to ${LIMITS.sourceTextLength.toLocaleString('en')} characters can be imported; ` +
        `this one has ${text.length.toLocaleString('en')}. Import a part of it.`,
    )
  if ((parsed.blocks?.length ?? 0) > STRUCTURE_LIMITS.blocks)
    throw new BoardError(ErrorCode.TooLarge, 'This article has too many paragraphs to import.')
  const title = [parsed.title, stemOf(filename), firstLineOf(text)].find((t) => t && t.trim()) ?? 'Untitled'
  return importedArticleSchema.parse({
    title: shortTitle(title),
    text,
    language: guessLanguage(text),
    ...(parsed.blocks ? { blocks: parsed.blocks } : {}),
    ...(parsed.pages ? { pages: parsed.pages } : {}),
  })
}

function stemOf(filename: string | undefined) {
  return filename?.replace(/\.[a-z0-9]{1,10}$/i, '').replace(/[_]+/g, ' ')
}

function firstLineOf(text: string) {
  return text.split('\n').find((line) => line.trim().length > 0)
}

// One line, within the title limit, never cutting a surrogate pair in two.
function shortTitle(title: string): string {
  const flat = title.replace(/\s+/gu, ' ').trim()
  if (flat.length <= LIMITS.titleLength) return flat
  const cut = Array.from(flat.slice(0, LIMITS.titleLength - 1))
  if (cut.at(-1)!.length === 1 && /[\ud800-\udbff]/.test(cut.at(-1)!)) cut.pop()
  return `${cut.join('').trimEnd()}…`
}
