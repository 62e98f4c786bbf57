/**
 * The board export format (`GET /api/boards/:id/export.json`, imported by `POST /api/boards/import`):
 *
 * ```
 * {
 *   format: 'debate-board',          // always this string: tells the file apart from other JSON
 *   version: 1,                      // grows when a field changes meaning; an importer refuses others
 *   exportedAt: '2026-…Z',           // when the file was made (ISO 8601)
 *   meta: { id, title, motion, createdAt },   // the board it came from; createdAt in ms since 1970
 *   session?: { format, draftScope, phases, phaseIndex, locked, anonymous },  // absent on a free board
 *   sources: [{ id, title, language, url?, text, addedBy, addedAt, sha256 }],
 *   cards: [{ id, stance, text, x, y, width?, excerpt?, team?, authorId, authorName, phaseId?,
 *             kind?, reviewDate?, createdAt }],   // kind 'falsifier' (absent: an argument); reviewDate 'YYYY-MM-DD'
 *   links: [{ id, from, to, kind }],  // `from` supports or rebuts `to`
 *   decision?: { outcome, rationale, cardIds, decidedAt },  // the recorded decision, citing cards of the file
 * }
 * ```
 *
 * `kind`, `reviewDate` and `decision` were added to version 1 as optional fields: a file written
 * before them still imports, and one with them is read by this code alone (older servers refuse
 * the unknown `decision` field, so they never import half a board).
 *
 * An excerpt is `{ sourceId, start, end, quote, prefix, suffix }`: UTF-16 offsets into its source's
 * `text` plus the quote and its context (W3C TextPositionSelector + TextQuoteSelector).
 * Imported again, a file gives a board whose export equals it except `exportedAt`, `meta.id` and
 * `meta.createdAt` (the new board's).
 */
import { z } from '../zod.ts'
import {
  boardIdSchema,
  cardInputSchema,
  entityIdSchema,
  excerptSchema,
  linkKindSchema,
  metaInputSchema,
  sourceInputSchema,
} from '../board/schema.ts'
import { decisionSchema } from '../debate/decision.ts'
import { DraftScope, Format } from '../debate/formats.ts'
import { phasePlanSchema, MAX_PHASES } from '../debate/session.ts'

/** The largest board file `POST /api/boards/import` takes: it carries whole articles. */
export const IMPORT_BODY_LIMIT_BYTES = 8 * 1024 * 1024

/** The value of `format` in every export file. */
export const BOARD_EXPORT_FORMAT = 'debate-board'
/** The version of the export format this code writes and reads. */
export const BOARD_EXPORT_VERSION = 1

const timeSchema = z.number().int().nonnegative()

/** The portable part of a debate's session: its plan and settings, not its live timer or spotlight. */
export const exportedSessionSchema = z.strictObject({
  format: z.enum(Format),
  draftScope: z.enum(DraftScope),
  phases: z.array(phasePlanSchema).min(1).max(MAX_PHASES),
  phaseIndex: z.number().int().nonnegative(),
  locked: z.boolean(),
  anonymous: z.boolean(),
})
export type ExportedSession = z.infer<typeof exportedSessionSchema>

/** An article as exported. */
export const exportedSourceSchema = sourceInputSchema.extend({
  id: entityIdSchema,
  addedAt: timeSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
export type ExportedSource = z.infer<typeof exportedSourceSchema>

/** A card as exported. */
export const exportedCardSchema = cardInputSchema.extend({
  id: entityIdSchema,
  excerpt: excerptSchema.optional(),
  createdAt: timeSchema,
})
export type ExportedCard = z.output<typeof exportedCardSchema>

/** A link as exported. */
export const exportedLinkSchema = z.strictObject({
  id: entityIdSchema,
  from: entityIdSchema,
  to: entityIdSchema,
  kind: linkKindSchema,
})
export type ExportedLink = z.infer<typeof exportedLinkSchema>

/** A whole board as exported, version 1 (see the format above). */
export const boardExportSchema = z.strictObject({
  format: z.literal(BOARD_EXPORT_FORMAT, { error: `format must be "${BOARD_EXPORT_FORMAT}"` }),
  version: z.literal(BOARD_EXPORT_VERSION, {
    error: `version must be ${BOARD_EXPORT_VERSION}: this server reads no other`,
  }),
  exportedAt: z.iso.datetime(),
  meta: metaInputSchema.extend({ id: boardIdSchema, createdAt: timeSchema }),
  session: exportedSessionSchema.optional(),
  sources: z.array(exportedSourceSchema).max(1_000),
  cards: z.array(exportedCardSchema).max(10_000),
  links: z.array(exportedLinkSchema).max(20_000),
  decision: decisionSchema.optional(),
})
export type BoardExport = z.output<typeof boardExportSchema>
