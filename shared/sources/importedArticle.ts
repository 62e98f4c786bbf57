/**
 * The shape of an article imported from a file or a web page: a plain-text layer (what excerpt offsets
 * count in) plus an optional light structure over it that the reader can show as formatted text.
 */
import { z } from '../zod.ts'
import { LIMITS, type SourceInput } from '../board/schema.ts'

/** What a block of an imported article is; inline kinds sit inside the block kinds. */
export const BlockKind = {
  Heading: 'heading',
  Paragraph: 'paragraph',
  ListItem: 'listItem',
  Quote: 'quote',
  Code: 'code',
  Emphasis: 'emphasis',
  Strong: 'strong',
  InlineCode: 'inlineCode',
} as const
export type BlockKind = (typeof BlockKind)[keyof typeof BlockKind]

/** How many blocks and pages one article may carry (a page or paragraph per 10 characters is plenty). */
export const STRUCTURE_LIMITS = { blocks: LIMITS.sourceTextLength / 10, pages: 10_000 } as const

const offset = z.number().int().nonnegative().max(LIMITS.sourceTextLength)

/**
 * A span `[start, end)` of the plain text with a kind. Blocks nest by containment (a list item holds
 * paragraphs, a paragraph holds emphasis); `level` is a heading's depth, `marker` a list item's bullet
 * or number, neither of which is part of the text.
 */
export const textBlockSchema = z.object({
  kind: z.enum(Object.values(BlockKind) as [BlockKind, ...BlockKind[]]),
  start: offset,
  end: offset,
  level: z.number().int().min(1).max(6).optional(),
  marker: z.string().max(12).optional(),
})
/** A span of an imported article's text with a kind. */
export type TextBlock = z.infer<typeof textBlockSchema>

/** The span `[start, end)` of the text that came from page `page` (1-based) of a PDF. */
export const pageSpanSchema = z.object({
  page: z.number().int().min(1).max(STRUCTURE_LIMITS.pages),
  start: offset,
  end: offset,
})
/** Where a PDF page's text sits in the article's text. */
export type PageSpan = z.infer<typeof pageSpanSchema>

const spansFit = (spans: readonly { start: number; end: number }[] | undefined, length: number) =>
  (spans ?? []).every((s) => s.start <= s.end && s.end <= length)

/** An imported article: title, text, a guessed language tag, and its blocks or pages when it has them. */
export const importedArticleSchema = z
  .object({
    title: z.string().trim().min(1).max(LIMITS.titleLength),
    text: z.string().min(1).max(LIMITS.sourceTextLength),
    language: z.string().min(2).max(35),
    blocks: z.array(textBlockSchema).max(STRUCTURE_LIMITS.blocks).optional(),
    pages: z.array(pageSpanSchema).max(STRUCTURE_LIMITS.pages).optional(),
  })
  .refine((a) => spansFit(a.blocks, a.text.length), 'every block must lie inside the text')
  .refine((a) => spansFit(a.pages, a.text.length), 'every page must lie inside the text')
/** What every importer produces. */
export type ImportedArticle = z.infer<typeof importedArticleSchema>

/** An article ready to be added to a board: the source input plus the structure the import found. */
export type ImportedSourceInput = SourceInput & Pick<ImportedArticle, 'blocks' | 'pages'>
