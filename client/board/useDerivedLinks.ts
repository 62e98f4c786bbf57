/**
 * The edit and view links worked out from the moderator link on any device: the server tells the
 * moderator each link's epoch and the browser derives the token (shared/auth/derivedTokens.ts).
 */
import { useEffect, useState } from 'react'
import { DERIVED_ROLES, deriveRoleToken, type DerivedRole } from '../../shared/auth/derivedTokens.ts'
import { fetchLinkEpochs } from '../http/boardsApi.ts'

/** Where the derivation stands: links found so far, and whether it is still running. */
export interface DerivedLinks {
  links: Partial<Record<DerivedRole, string>>
  pending: boolean
}

/** `pageLink` (the moderator link in force) with its token replaced by `token`: same origin and path. */
export function linkWithToken(pageLink: string, token: string): string {
  const url = new URL(pageLink)
  url.hash = `token=${token}`
  return url.toString()
}

async function deriveLinks(boardId: string, moderatorToken: string, pageLink: string) {
  const epochs = await fetchLinkEpochs(boardId, moderatorToken)
  const links: Partial<Record<DerivedRole, string>> = {}
  for (const role of DERIVED_ROLES) {
    const epoch = epochs[role]
    // A board made before links were derived has no epoch: its link shows again only once reset.
    if (epoch !== undefined)
      links[role] = linkWithToken(pageLink, await deriveRoleToken(moderatorToken, role, epoch))
  }
  return links
}

/** Derives the edit and view links once per board and moderator token; a failure leaves them unknown. */
export function useDerivedLinks(boardId: string, moderatorToken: string | undefined): DerivedLinks {
  const [state, setState] = useState<DerivedLinks>({ links: {}, pending: moderatorToken !== undefined })
  useEffect(() => {
    if (!moderatorToken) return
    let live = true
    const pageLink = window.location.href
    deriveLinks(boardId, moderatorToken, pageLink).then(
      (links) => live && setState({ links, pending: false }),
      // Offline or refused: the dialog falls back to the links this tab remembers, and reset still works.
      () => live && setState({ links: {}, pending: false }),
    )
    return () => {
      live = false
    }
  }, [boardId, moderatorToken])
  return state
}
