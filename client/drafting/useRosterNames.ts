/** Authors' names by author id, from the roster document that the server sends to moderators only. */
import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { SessionDocName } from '../../shared/access.ts'
import { readRoster, type RosterEntry } from '../../shared/debate/roster.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { useGrantedDocument } from '../debate/useDebate.ts'

/** The roster's entries by participant id, or undefined to anyone the server does not send it to. */
export function useRoster(provider: BoardProvider): ReadonlyMap<string, RosterEntry> | undefined {
  const doc = useGrantedDocument(provider, SessionDocName.Roster)
  const store = useMemo(() => (doc ? rosterStore(doc) : undefined), [doc])
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.getSnapshot ?? noSnapshot)
}

/** Names by author id: the moderator's key from a card to the person who wrote it. */
export function namesByAuthor(roster: ReadonlyMap<string, RosterEntry>): Map<string, string> {
  const names = new Map<string, string>()
  for (const entry of roster.values()) if (entry.name) names.set(entry.authorId, entry.name)
  return names
}

function rosterStore(doc: Y.Doc) {
  let snapshot = readRoster(doc)
  return {
    subscribe(onChange: () => void) {
      const onUpdate = () => {
        snapshot = readRoster(doc)
        onChange()
      }
      doc.on('update', onUpdate)
      onUpdate()
      return () => doc.off('update', onUpdate)
    },
    getSnapshot: () => snapshot,
  }
}

const noSubscription = () => () => {}
const noSnapshot = () => undefined
