/** Sends the moderator's actions, and says in a toast why the server refused one. */
import { useCallback } from 'react'
import type { FacilitationAction } from '../../shared/debate/facilitation.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { useToast } from '../ui/ToastProvider.tsx'

/** Sends one facilitation action; resolves once the server applied or refused it. */
export type Facilitate = (action: FacilitationAction) => Promise<void>

/**
 * A facilitate function that never rejects: a refusal (a BoardError whose message says what to do)
 * becomes a toast, since the session document, not this promise, is what the panel shows.
 */
export function useFacilitate(provider: Pick<BoardProvider, 'facilitate'>): Facilitate {
  const showToast = useToast()
  return useCallback(
    async (action) => {
      try {
        await provider.facilitate(action)
      } catch (error) {
        showToast(error instanceof Error ? error.message : String(error))
      }
    },
    [provider, showToast],
  )
}
