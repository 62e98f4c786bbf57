/** The roster as drafting reads it: who wrote a card, and whose drafts a document is (moderators only). */
import { SessionDocName } from '../../shared/access.ts'
import type { RosterEntry } from '../../shared/debate/roster.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { useGrantedDocument } from '../debate/useDebate.ts'
import { useRoster } from '../debate/useRoster.ts'

/** The roster's entries by participant id, or undefined to anyone the server does not send it to. */
export function useRosterOf(provider: BoardProvider): ReadonlyMap<string, RosterEntry> | undefined {
  return useRoster(useGrantedDocument(provider, SessionDocName.Roster))
}

/** Names by author id: the moderator's key from a card to the person who wrote it. */
export function namesByAuthor(roster: ReadonlyMap<string, RosterEntry>): Map<string, string> {
  const names = new Map<string, string>()
  for (const entry of roster.values()) if (entry.name) names.set(entry.authorId, entry.name)
  return names
}
