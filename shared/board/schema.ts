/** Types and zod validators of everything stored in a board document. */
import { z } from '../zod.ts'

/** The version of the board document's layout, stored in its meta. */
export const BOARD_SCHEMA_VERSION = 1

/** The side an argument card takes. */
export const Stance = { Bull: 'bull', Bear: 'bear' } as const
export type Stance = (typeof Stance)[keyof typeof Stance]

/** What a card is: an argument, or a falsifier ("what would change our mind", a kill criterion). */
export const CardKind = { Argument: 'argument', Falsifier: 'falsifier' } as const
export type CardKind = (typeof CardKind)[keyof typeof CardKind]

/** How one card relates to another. */
export const LinkKind = { Supports: 'supports', Rebuts: 'rebuts' } as const
export type LinkKind = (typeof LinkKind)[keyof typeof LinkKind]

/** Sizes the validators enforce on what people type and paste. */
export const LIMITS = {
  titleLength: 200,
  motionLength: 500,
  nameLength: 60,
  cardTextLength: 5_000,
  quoteLength: 5_000,
  contextLength: 32,
  sourceTextLength: 500_000,
} as const

/** A board id as it appears in links: `/b/<id>`. */
export const boardIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{3,64}$/, 'a board id is 3 to 64 characters a-z, 0-9, -')
/** The id of a card, source or link inside a board. */
export const entityIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/)
/** Validates a stance. */
export const stanceSchema = z.enum([Stance.Bull, Stance.Bear])
/** Validates a card kind. */
export const cardKindSchema = z.enum([CardKind.Argument, CardKind.Falsifier])
/** A calendar day 'YYYY-MM-DD' that exists (a falsifier's review date). */
export const reviewDateSchema = z.iso.date()
/** Validates a link kind. */
export const linkKindSchema = z.enum([LinkKind.Supports, LinkKind.Rebuts])
const coordinateSchema = z.number().finite().min(-1e6).max(1e6)

const titleSchema = z.string().trim().min(1).max(LIMITS.titleLength)
const motionSchema = z.string().trim().max(LIMITS.motionLength)

/** A new board's title and motion. */
export const metaInputSchema = z.object({ title: titleSchema, motion: motionSchema.default('') })
/** What `initBoard` accepts. */
export type MetaInput = z.input<typeof metaInputSchema>

/** A change to the meta: only the fields given are changed (no defaults fill the others). */
export const metaPatchSchema = z.object({ title: titleSchema, motion: motionSchema }).partial()
/** What `setMeta` accepts. */
export type MetaPatch = z.infer<typeof metaPatchSchema>

/** A card's argument text. */
export const cardTextSchema = z.string().max(LIMITS.cardTextLength)

/** The board's meta as stored. */
export const boardMetaSchema = metaInputSchema.extend({
  createdAt: z.number().int().nonnegative(),
  schemaVersion: z.number().int().positive(),
})
/** The board's meta as read by `readMeta`. */
export type BoardMeta = z.infer<typeof boardMetaSchema>

/** An excerpt: W3C Web Annotation TextPosition (UTF-16 start/end) plus TextQuote (quote, prefix, suffix). */
export const excerptSchema = z
  .object({
    sourceId: entityIdSchema,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    quote: z.string().min(1).max(LIMITS.quoteLength),
    prefix: z.string().max(LIMITS.contextLength),
    suffix: z.string().max(LIMITS.contextLength),
  })
  .refine(
    (e) => e.end > e.start && e.end - e.start === e.quote.length,
    'end - start must equal the quote length',
  )
/** A passage of a source, by offsets and by quote. */
export type Excerpt = z.infer<typeof excerptSchema>

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

const textOffset = z.number().int().nonnegative().max(LIMITS.sourceTextLength)

/**
 * A span `[start, end)` of the plain text with a kind. Blocks nest by containment (a list item holds
 * paragraphs, a paragraph holds emphasis); `level` is a heading's depth, `marker` a list item's bullet
 * or number, neither of which is part of the text.
 */
export const textBlockSchema = z.strictObject({
  kind: z.enum(Object.values(BlockKind) as [BlockKind, ...BlockKind[]]),
  start: textOffset,
  end: textOffset,
  level: z.number().int().min(1).max(6).optional(),
  marker: z.string().max(12).optional(),
})
/** A span of an imported article's text with a kind. */
export type TextBlock = z.infer<typeof textBlockSchema>

/** The span `[start, end)` of the text that came from page `page` (1-based) of a PDF. */
export const pageSpanSchema = z.strictObject({
  page: z.number().int().min(1).max(STRUCTURE_LIMITS.pages),
  start: textOffset,
  end: textOffset,
})
/** Where a PDF page's text sits in the article's text. */
export type PageSpan = z.infer<typeof pageSpanSchema>

/** An article's formatting (Markdown, HTML) over its plain text: offsets count in the text. */
export const textBlocksSchema = z.array(textBlockSchema).max(STRUCTURE_LIMITS.blocks)
/** A PDF article's pages over its plain text, to cite a passage by page. */
export const pageSpansSchema = z.array(pageSpanSchema).max(STRUCTURE_LIMITS.pages)

/** An article being added to a board. */
export const sourceInputSchema = z.object({
  title: z.string().trim().min(1).max(LIMITS.titleLength),
  language: z.string().trim().min(2).max(35),
  text: z.string().min(1).max(LIMITS.sourceTextLength),
  // Only web links: a javascript: or data: URL in an article's link would be a script waiting for a click.
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .optional(),
  addedBy: z.string().max(LIMITS.nameLength),
  /** The formatting an import found (Markdown, HTML); blocks outside the text are ignored on reading. */
  blocks: textBlocksSchema.optional(),
  /** A PDF's pages; spans outside the text are ignored on reading. */
  pages: pageSpansSchema.optional(),
})
/** What `addSource` accepts. */
export type SourceInput = z.infer<typeof sourceInputSchema>

/** Where an article stands among the board's tabs once the moderator has ordered them (lower first). */
export const sourcePositionSchema = z.number().int().min(0).max(10_000)
/** Which version of an article the board holds: 1 when added, one more for each new version imported. */
export const sourceVersionSchema = z.number().int().min(1).max(1_000_000)

/** An article on a board, as read by `readSources`. */
export interface Source extends SourceInput {
  id: string
  sha256: string
  addedAt: number
  /** Set when the moderator reordered the articles; articles without one come after, oldest first. */
  position?: number
  /** Absent as added (version 1); each new version of the article (re-import, re-fetch) counts up. */
  version?: number
  /** When the text was last replaced by a new version. */
  updatedAt?: number
}

/** A card being created. */
export const cardInputSchema = z.object({
  stance: stanceSchema,
  text: cardTextSchema.default(''),
  x: coordinateSchema,
  y: coordinateSchema,
  width: z.number().finite().min(120).max(1_000).optional(),
  excerpt: excerptSchema.optional(),
  team: z.string().max(LIMITS.nameLength).optional(),
  authorId: z.string().min(1).max(64),
  authorName: z.string().max(LIMITS.nameLength),
  /** An argument unless set; a falsifier states what would change the board's mind. */
  kind: cardKindSchema.optional(),
  /** When a falsifier is to be checked again (a calendar day). */
  reviewDate: reviewDateSchema.optional(),
  /** The debate phase the card was made in (shared/debate/formats.ts); none on a free board. */
  phaseId: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/)
    .optional(),
})
/** What `createCard` accepts. */
export type CardInput = z.input<typeof cardInputSchema>

/** A plain snapshot of a card; its live text is the Y.Text from `getCardText`. */
export interface Card {
  id: string
  stance: Stance
  text: string
  x: number
  y: number
  width?: number
  excerpt?: Excerpt
  team?: string
  authorId: string
  authorName: string
  phaseId?: string
  /** Set only on a falsifier card; a card without it is an argument. */
  kind?: CardKind
  reviewDate?: string
  createdAt: number
  /** Set when a stored field has a value of the wrong type: the other fields are defaults, not the card. */
  unreadable?: true
}

/** A link being made between two cards. */
export const linkInputSchema = z
  .object({ from: entityIdSchema, to: entityIdSchema, kind: linkKindSchema })
  .refine((l) => l.from !== l.to, 'a card cannot link to itself')
/** What `linkCards` accepts. */
export type LinkInput = z.infer<typeof linkInputSchema>

/** A link between two cards, as read by `readLinks`. */
export interface Link extends LinkInput {
  id: string
}
