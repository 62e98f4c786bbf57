/**
 * What a board link lets its holder do, and what each reader may read and write of a board's
 * documents. Whole documents first: who may receive and change each document. What a writer may
 * do inside a document, phase by phase, is the update policy's part (shared/debate/boardRules.ts).
 */
import { DocName } from './board/layout.ts'

/**
 * What a board link lets its holder do: moderate; edit as a member without a team; argue for the
 * bull or bear team; watch as audience; or show the projector view.
 */
export const Role = {
  Moderate: 'moderate',
  Edit: 'edit',
  Bull: 'bull',
  Bear: 'bear',
  View: 'view',
  Projector: 'projector',
} as const
export type Role = (typeof Role)[keyof typeof Role]

/** The two teams of a debate. */
export const Team = { Bull: 'bull', Bear: 'bear' } as const
export type Team = (typeof Team)[keyof typeof Team]

/** Whether a role may change the board's cards, links and sources (within its phase rules). */
export function canEdit(role: Role): boolean {
  return role !== Role.View && role !== Role.Projector
}

/** Whether a role may change moderator-only state (title, motion, phases, timer). */
export function canModerate(role: Role): boolean {
  return role === Role.Moderate
}

/** The team a link puts its holder on, before any assignment by the moderator. */
export function teamOfRole(role: Role): Team | null {
  if (role === Role.Bull) return Team.Bull
  if (role === Role.Bear) return Team.Bear
  return null
}

/** The names of the server-written documents beside `board` and `control`. */
export const SessionDocName = { Session: 'session', Roster: 'roster', Ballots: 'ballots' } as const

/** The prefix of private drafts documents: `drafts/bull`, `drafts/bear`, `drafts/p-<person>`. */
export const DRAFTS_PREFIX = 'drafts/'

/** The drafts document of a team. */
export function teamDraftsName(team: Team): string {
  return `${DRAFTS_PREFIX}${team}`
}

/** Who is asking: what the server knows of a connection when it applies a document's rules. */
export interface Reader {
  role: Role
  /** The drafts document this reader writes in private phases, if any. */
  drafts?: string | null
}

/** Whether a connection may receive a document, and whether it may change it. */
export interface DocumentAccess {
  read: boolean
  write: boolean
}

const NO_ACCESS: DocumentAccess = { read: false, write: false }

/**
 * The read and write rule of each document, checked by the server on every message before anything
 * is decoded: `board` is read by everyone and written by editors; `control` read by everyone and
 * written by moderators; `session` read by everyone and written only by the server; `roster` read
 * only by moderators; `ballots` by nobody (votes arrive as `vote` messages and leave only as the
 * revealed tally); a drafts document read and written by moderators and by those who draft in it.
 * Any other document is closed.
 */
export function documentAccess(reader: Reader, doc: string): DocumentAccess {
  switch (doc) {
    case DocName.Board:
      return { read: true, write: canEdit(reader.role) }
    case DocName.Control:
      return { read: true, write: canModerate(reader.role) }
    case SessionDocName.Session:
      return { read: true, write: false }
    case SessionDocName.Roster:
      return { read: canModerate(reader.role), write: false }
    case SessionDocName.Ballots:
      // Blind votes: not even a moderator's traffic may carry a ballot before the reveal.
      return NO_ACCESS
    default:
      if (!doc.startsWith(DRAFTS_PREFIX)) return NO_ACCESS
      if (canModerate(reader.role) || (canEdit(reader.role) && reader.drafts === doc))
        return { read: true, write: true }
      return NO_ACCESS
  }
}

/** The documents a connection may read, with whether it may write each. */
export function readableDocuments(reader: Reader, docs: Iterable<string>): DocumentGrant[] {
  const grants: DocumentGrant[] = []
  for (const name of docs) {
    const access = documentAccess(reader, name)
    if (access.read) grants.push({ name, write: access.write })
  }
  return grants
}

/** A document a connection may read, as the server announces it. */
export interface DocumentGrant {
  name: string
  write: boolean
}
