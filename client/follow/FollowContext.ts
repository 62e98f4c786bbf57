/** The follow state of an open board, shared by the header, the bars, the reader and the canvas. */
import { createContext, useContext } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { Spotlight } from '../../shared/debate/session.ts'
import type { FollowTarget } from './followTarget.ts'

/** A one-time jump to someone's view (a summon); a new nonce asks again. */
export interface FollowJump {
  clientId: number
  nonce: number
}

export interface FollowController {
  awareness: Awareness
  /** Whom the view follows now, or null. */
  target: FollowTarget | null
  jump: FollowJump | undefined
  /** This client is a projector: read-only, large type, always following. */
  projector: boolean
  /** The session's spotlight, for the moderator's own bar. */
  spotlight: Spotlight | null
  /** Follows a person (their avatar was chosen). */
  follow(clientId: number): void
  /** The person moved the view, scrolled or pressed Escape: stops following unless locked. */
  breakAway(): void
  /** Back to the spotlight after breaking away from it. */
  rejoin(): void
}

/** Null outside a board, where nothing follows (component tests render parts alone). */
export const FollowContext = createContext<FollowController | null>(null)

/** The follow state, or null outside a board. */
export function useFollow(): FollowController | null {
  return useContext(FollowContext)
}
