/**
 * Who a connection is on a board: its link's role, the team its link or the moderator gave it, the
 * author id its cards must carry, and the drafts document it writes in private phases.
 */
import { createHash } from 'node:crypto'
import { DRAFTS_PREFIX, Role, teamDraftsName, teamOfRole, type Team, canEdit } from '../../shared/access.ts'
import { DraftScope, Format } from '../../shared/debate/formats.ts'
import type { SessionState } from '../../shared/debate/session.ts'
import type { Seat } from '../../shared/protocol.ts'

/**
 * The id a participant's cards carry on one board: a pseudonym of the participant for that board
 * alone, so that no two boards (and no peer) can link it to the participant key or to each other.
 */
export function authorIdFor(boardId: string, participantId: string): string {
  return `a-${digest(`author:${boardId}:${participantId}`).slice(0, 24)}`
}

/** The personal drafts document of a participant (a workshop's private brainstorm). */
export function personalDraftsName(participantId: string): string {
  return `${DRAFTS_PREFIX}p-${digest(`drafts:${participantId}`).slice(0, 24)}`
}

/** The seat of a connection, given the team the moderator assigned (undefined: none assigned). */
export function seatFor(
  boardId: string,
  connection: { role: Role; participantId: string },
  session: SessionState,
  assigned: Team | null | undefined,
): Seat {
  const { role, participantId } = connection
  const team =
    role === Role.Moderate || !canEdit(role) ? null : assigned === undefined ? teamOfRole(role) : assigned
  return {
    role,
    team,
    authorId: authorIdFor(boardId, participantId),
    participantId,
    drafts: draftsOf(role, team, participantId, session),
  }
}

function draftsOf(
  role: Role,
  team: Team | null,
  participantId: string,
  session: SessionState,
): string | null {
  if (role === Role.Moderate || !canEdit(role) || session.format === Format.Free) return null
  if (session.draftScope === DraftScope.Team && team) return teamDraftsName(team)
  return personalDraftsName(participantId)
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
