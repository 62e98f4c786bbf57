/** What a board link lets its holder do, and what each role may read and write of a board's documents. */
import { DocName } from './board/layout.ts'

/** What a board link lets its holder do. */
export const Role = { Moderate: 'moderate', Edit: 'edit', View: 'view' } as const
export type Role = (typeof Role)[keyof typeof Role]

/** Whether a role may change the board's cards, links and sources. */
export function canEdit(role: Role): boolean {
  return role !== Role.View
}

/** Whether a role may change moderator-only state (title, motion; later phases and timers). */
export function canModerate(role: Role): boolean {
  return role === Role.Moderate
}

/** Who is asking: what the server knows of a connection when it applies a document's rules. */
export interface Reader {
  role: Role
}

/** Whether a connection may receive a document, and whether it may change it. */
export interface DocumentAccess {
  read: boolean
  write: boolean
}

const NO_ACCESS: DocumentAccess = { read: false, write: false }

/**
 * The read and write rule of each document, checked by the server on every message before anything
 * is decoded: `board` is read by everyone and written by editors, `control` read by everyone and
 * written by moderators; any other document is closed until a rule names it.
 */
export function documentAccess(reader: Reader, doc: string): DocumentAccess {
  switch (doc) {
    case DocName.Board:
      return { read: true, write: canEdit(reader.role) }
    case DocName.Control:
      return { read: true, write: canModerate(reader.role) }
    default:
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
