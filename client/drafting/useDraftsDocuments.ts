/** The drafts documents this connection may read: its own, or, for a moderator, every team's and person's. */
import { useMemo, useSyncExternalStore } from 'react'
import { DRAFTS_PREFIX, Team, teamDraftsName } from '../../shared/access.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'

/** Team drafts first (bull, then bear), then each person's, by name. */
export function sortDraftsNames(names: readonly string[]): string[] {
  const rank = (name: string) => [teamDraftsName(Team.Bull), teamDraftsName(Team.Bear)].indexOf(name)
  const order = (name: string) => {
    const at = rank(name)
    return at === -1 ? 2 : at
  }
  return names
    .filter((name) => name.startsWith(DRAFTS_PREFIX))
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
}

/** The granted drafts documents' names, sorted; re-renders when the server grants or withdraws one. */
export function useDraftsNames(provider: BoardProvider): readonly string[] {
  const store = useMemo(() => draftsNamesStore(provider), [provider])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

function draftsNamesStore(provider: BoardProvider) {
  let names = sortDraftsNames(provider.grantedDocuments())
  return {
    subscribe(onChange: () => void) {
      const onDocuments = (granted: string[]) => {
        const next = sortDraftsNames(granted)
        if (next.join('\n') === names.join('\n')) return
        names = next
        onChange()
      }
      provider.on('documents', onDocuments)
      // NOTE: the server may have granted documents between this store's creation and this subscription.
      onDocuments(provider.grantedDocuments())
      return () => provider.off('documents', onDocuments)
    },
    getSnapshot: () => names,
  }
}
