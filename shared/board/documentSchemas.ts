/**
 * What each Yjs document of a board may hold: its root maps and the rule for every place in them.
 * Built from the zod schemas of schema.ts, so the server's update policy and the client's readers
 * check the same things.
 */
import { z } from '../zod.ts'
import { DocName, RootType } from './layout.ts'
import {
  LIMITS,
  boardMetaSchema,
  cardInputSchema,
  entityIdSchema,
  linkInputSchema,
  metaPatchSchema,
  pageSpansSchema,
  sourceInputSchema,
  STRUCTURE_LIMITS,
  textBlocksSchema,
  sourcePositionSchema,
  sourceVersionSchema,
} from './schema.ts'

/** One plain value, a Yjs ContentAny holding exactly one value that `schema` accepts. */
export interface ValueRule {
  kind: 'value'
  schema: z.ZodType
  /** Ends the sentence "<field> must be …" of a refusal. */
  expects: string
}

/** A nested Y.Text of plain characters (no formatting, no embeds), at most `maxLength` UTF-16 units. */
export interface TextRule {
  kind: 'text'
  maxLength: number
}

/** A Y.Map whose keys are field names, each with its own rule. */
export interface FieldsRule {
  kind: 'fields'
  /** NOTE: a Map, not an object: a key such as "toString" must not find Object.prototype's. */
  fields: ReadonlyMap<string, SlotRule>
}

/** A Y.Map whose keys are ids (`key` accepts them) and whose entries all follow `entry`. */
export interface EntriesRule {
  kind: 'entries'
  key: z.ZodType
  /** Ends the sentence "<key> must be …" of a refusal. */
  keyExpects: string
  entry: SlotRule
}

/** A rule for a Y.Map: named fields, or entries keyed by id. */
export type MapRule = FieldsRule | EntriesRule
/** What one place of a document (a root, a map's key, a field) may hold. */
export type SlotRule = ValueRule | TextRule | MapRule

/** A document's roots, each a Y.Map, by name; a document holds no other root. */
export interface DocumentSchema {
  roots: ReadonlyMap<string, MapRule>
}

/** Private drafts (`drafts/<team>`) follow the board document's schema. */
export const DRAFT_DOCUMENT_PREFIX = 'drafts/'

const value = (schema: z.ZodType, expects: string): ValueRule => ({ kind: 'value', schema, expects })
const fields = (entries: Record<string, SlotRule>): FieldsRule => ({
  kind: 'fields',
  fields: new Map(Object.entries(entries)),
})
const entriesById = (entry: SlotRule): EntriesRule => ({
  kind: 'entries',
  key: entityIdSchema,
  keyExpects: 'an id of 1 to 64 characters a-z, 0-9, -',
  entry,
})

const timestampSchema = boardMetaSchema.shape.createdAt
const TIMESTAMP = 'a whole, non-negative number of milliseconds'
const name = `a string of at most ${LIMITS.nameLength} characters`
const card = cardInputSchema.shape
const source = sourceInputSchema.shape

const cardRule = fields({
  stance: value(card.stance, '"bull" or "bear"'),
  text: { kind: 'text', maxLength: LIMITS.cardTextLength },
  x: value(card.x, 'a number between -1000000 and 1000000'),
  y: value(card.y, 'a number between -1000000 and 1000000'),
  width: value(card.width.unwrap(), 'a number between 120 and 1000'),
  excerpt: value(
    card.excerpt.unwrap().strict(),
    'an excerpt { sourceId, start, end, quote, prefix, suffix } whose end - start is its quote length',
  ),
  team: value(card.team.unwrap(), name),
  authorId: value(card.authorId, 'a string of 1 to 64 characters'),
  authorName: value(card.authorName, name),
  phaseId: value(card.phaseId.unwrap(), 'a phase id of 1 to 32 characters a-z, 0-9, -'),
  kind: value(card.kind.unwrap(), '"argument" or "falsifier"'),
  reviewDate: value(card.reviewDate.unwrap(), 'a calendar day written YYYY-MM-DD'),
  createdAt: value(timestampSchema, TIMESTAMP),
})

const sourceRule = fields({
  title: value(source.title, `a non-blank string of at most ${LIMITS.titleLength} characters`),
  language: value(source.language, 'a language tag of 2 to 35 characters'),
  text: value(source.text, `a non-empty string of at most ${LIMITS.sourceTextLength} characters`),
  url: value(source.url.unwrap(), 'an http or https URL of at most 2000 characters'),
  addedBy: value(source.addedBy, name),
  sha256: value(z.string().regex(/^[0-9a-f]{64}$/), 'a SHA-256 digest in 64 lower-case hex digits'),
  addedAt: value(timestampSchema, TIMESTAMP),
  position: value(sourcePositionSchema, 'a whole number from 0 to 10000'),
  version: value(sourceVersionSchema, 'a whole number from 1'),
  updatedAt: value(timestampSchema, TIMESTAMP),
  blocks: value(
    textBlocksSchema,
    `a list of at most ${STRUCTURE_LIMITS.blocks} blocks { kind, start, end, level?, marker? }`,
  ),
  pages: value(pageSpansSchema, `a list of at most ${STRUCTURE_LIMITS.pages} pages { page, start, end }`),
})

const linkRule = value(linkInputSchema.strict(), 'a link { from, to, kind } between two different cards')

const metaRule = fields({
  title: value(
    metaPatchSchema.shape.title.unwrap(),
    `a non-blank string of at most ${LIMITS.titleLength} characters`,
  ),
  motion: value(
    metaPatchSchema.shape.motion.unwrap(),
    `a string of at most ${LIMITS.motionLength} characters`,
  ),
  createdAt: value(timestampSchema, TIMESTAMP),
  schemaVersion: value(boardMetaSchema.shape.schemaVersion, 'a whole number above 0'),
})

/** The board document (and every draft): sources, cards and links, which editors write. */
export const BOARD_DOCUMENT_SCHEMA: DocumentSchema = {
  roots: new Map<string, MapRule>([
    [RootType.Sources, entriesById(sourceRule)],
    [RootType.Cards, entriesById(cardRule)],
    [RootType.Links, entriesById(linkRule)],
  ]),
}

/** The control document: the board's meta (title, motion, …), which only moderators write. */
export const CONTROL_DOCUMENT_SCHEMA: DocumentSchema = {
  roots: new Map<string, MapRule>([[RootType.Meta, metaRule]]),
}

/** The schema of the document named `docName`, or undefined for a name no board has. */
export function documentSchemaFor(docName: string): DocumentSchema | undefined {
  const isDraft = docName.startsWith(DRAFT_DOCUMENT_PREFIX) && docName.length > DRAFT_DOCUMENT_PREFIX.length
  if (docName === DocName.Board || isDraft) return BOARD_DOCUMENT_SCHEMA
  if (docName === DocName.Control) return CONTROL_DOCUMENT_SCHEMA
  return undefined
}
