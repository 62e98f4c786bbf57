/**
 * The replay API's answers (server/http/replayRouter.ts), checked by the client (client/replay):
 *
 * - `GET /api/boards/:id/replay` → `{ snapshots: [{ seq, at, phaseId?, phaseName?, cards, links }] }`,
 *   oldest first; `phaseId` marks a snapshot taken as that phase began, `phaseName` only when the
 *   moderator renamed it (the client names the others in its language).
 * - `GET /api/boards/:id/replay/:seq` → that snapshot's info with the board as it was:
 *   `{ seq, at, phaseId?, phaseName?, sources, cards, links }` in the export file's shapes.
 */
import { z } from '../zod.ts'
import { exportedCardSchema, exportedLinkSchema, exportedSourceSchema } from '../exports/boardExport.ts'

const count = z.number().int().nonnegative()

/** One point of the timeline. */
export const replaySnapshotInfoSchema = z.object({
  seq: z.number().int().positive(),
  at: count,
  phaseId: z.string().optional(),
  phaseName: z.string().optional(),
  cards: count,
  links: count,
})
export type ReplaySnapshotInfo = z.infer<typeof replaySnapshotInfoSchema>

/** The answer of `GET /api/boards/:id/replay`. */
export const replayListSchema = z.object({ snapshots: z.array(replaySnapshotInfoSchema) })
export type ReplayList = z.infer<typeof replayListSchema>

/** The answer of `GET /api/boards/:id/replay/:seq`. */
export const replayBoardSchema = replaySnapshotInfoSchema.omit({ cards: true, links: true }).extend({
  sources: z.array(exportedSourceSchema),
  cards: z.array(exportedCardSchema),
  links: z.array(exportedLinkSchema),
})
export type ReplayBoard = z.output<typeof replayBoardSchema>
