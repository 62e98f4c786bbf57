/**
 * The `roster` document: who took part, for moderators only (the server never sends it to anyone
 * else). The server writes it as people join, rename themselves and are assigned to teams; the
 * teacher dashboard and anonymous boards read authors' names from it.
 */
import type * as Y from 'yjs'
import { Role, Team } from '../access.ts'
import { LIMITS } from '../board/schema.ts'
import { z } from '../zod.ts'

/** The root map of the roster document: participant id → entry. */
export const ROSTER_ROOT = 'participants'

/** One participant as the moderator sees them. */
export const rosterEntrySchema = z.object({
  name: z.string().max(LIMITS.nameLength),
  role: z.enum(Object.values(Role) as [Role, ...Role[]]),
  team: z.enum([Team.Bull, Team.Bear]).nullable(),
  /** Whether the moderator put them on `team` (rather than their link). */
  assigned: z.boolean(),
  /** The id their cards carry. */
  authorId: z.string(),
  lastSeenAt: z.number(),
})
export type RosterEntry = z.infer<typeof rosterEntrySchema>

/** Every readable entry of the roster, by participant id. */
export function readRoster(doc: Y.Doc): Map<string, RosterEntry> {
  const entries = new Map<string, RosterEntry>()
  doc.getMap<unknown>(ROSTER_ROOT).forEach((value, participantId) => {
    const entry = rosterEntrySchema.safeParse(value)
    if (entry.success) entries.set(participantId, entry.data)
  })
  return entries
}
