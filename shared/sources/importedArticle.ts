/**
 * The shape of an article imported from a file or a web page: a plain-text layer (what excerpt offsets
 * count in) plus an optional light structure over it that the reader can show as formatted text.
 */
import { z } from '../zod.ts'
import { LIMITS, pageSpansSchema, textBlocksSchema, type SourceInput } from '../board/schema.ts'

export {
  BlockKind,
  STRUCTURE_LIMITS,
  pageSpanSchema,
  textBlockSchema,
  type PageSpan,
  type TextBlock,
} from '../board/schema.ts'

const spansFit = (spans: readonly { start: number; end: number }[] | undefined, length: number) =>
  (spans ?? []).every((s) => s.start <= s.end && s.end <= length)

/** An imported article: title, text, a guessed language tag, and its blocks or pages when it has them. */
export const importedArticleSchema = z
  .object({
    title: z.string().trim().min(1).max(LIMITS.titleLength),
    text: z.string().min(1).max(LIMITS.sourceTextLength),
    language: z.string().min(2).max(35),
    blocks: textBlocksSchema.optional(),
    pages: pageSpansSchema.optional(),
  })
  .refine((a) => spansFit(a.blocks, a.text.length), 'every block must lie inside the text')
  .refine((a) => spansFit(a.pages, a.text.length), 'every page must lie inside the text')
/** What every importer produces. */
export type ImportedArticle = z.infer<typeof importedArticleSchema>

/** An article ready to be added to a board: the source input, with the structure the import found. */
export type ImportedSourceInput = SourceInput
