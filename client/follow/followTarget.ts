/**
 * Whom this client's view follows, from what it chose and what the session says: a projector follows
 * the spotlight or else the moderator; everyone else follows a spotlight (unless they broke away from
 * an unlocked one), else the person they chose.
 */
import type { Spotlight } from '../../shared/debate/session.ts'

/** What this person chose: whom they follow, and the spotlight they broke away from. */
export interface FollowChoice {
  /** The presence id of the person chosen with their avatar, or null. */
  person: number | null
  /** The presence id of the unlocked spotlight this person broke away from, or null. */
  leftSpotlight: number | null
}

export const NO_CHOICE: FollowChoice = { person: null, leftSpotlight: null }

/** Why this client follows someone; each shows its own bar. */
export const FollowReason = { Person: 'person', Spotlight: 'spotlight', Projector: 'projector' } as const
export type FollowReason = (typeof FollowReason)[keyof typeof FollowReason]

/** Whom the view follows now, and whether the person may break away. */
export interface FollowTarget {
  clientId: number
  reason: FollowReason
  /** A locked spotlight or a projector: pan, zoom and scroll are the leader's alone. */
  locked: boolean
}

export interface FollowSituation {
  localId: number
  /** A projector link: read-only, always following. */
  projector: boolean
  spotlight: Spotlight | null
  /** A moderator's presence id, for a projector when nobody holds the spotlight. */
  moderatorId: number | undefined
  /** Whether a presence id is on the board now. */
  isPresent(clientId: number): boolean
}

/** Whom to follow now, or null to move freely. */
export function followTargetOf(choice: FollowChoice, situation: FollowSituation): FollowTarget | null {
  const { localId, projector, spotlight, moderatorId, isPresent } = situation
  const spotlightHere = spotlight !== null && isPresent(spotlight.clientId)
  if (projector) {
    const clientId = spotlightHere ? spotlight.clientId : moderatorId
    return clientId === undefined ? null : { clientId, reason: FollowReason.Projector, locked: true }
  }
  // The moderator who holds the spotlight is the one everyone else follows; if they are gone (their
  // browser closed), a locked view must not keep everyone stuck until the spotlight is released.
  if (spotlightHere && spotlight.clientId !== localId) {
    if (spotlight.locked)
      return { clientId: spotlight.clientId, reason: FollowReason.Spotlight, locked: true }
    if (choice.leftSpotlight !== spotlight.clientId)
      return { clientId: spotlight.clientId, reason: FollowReason.Spotlight, locked: false }
  }
  const { person } = choice
  if (person !== null && person !== localId && isPresent(person))
    return { clientId: person, reason: FollowReason.Person, locked: false }
  return null
}

/** The person moved the view themselves or pressed Escape: they stop following, unless locked. */
export function breakAway(choice: FollowChoice, target: FollowTarget | null): FollowChoice {
  if (!target || target.locked) return choice
  if (target.reason === FollowReason.Person) return { ...choice, person: null }
  return { ...choice, leftSpotlight: target.clientId }
}

/** The person chose someone to follow; under an unlocked spotlight that is breaking away from it. */
export function choosePerson(
  choice: FollowChoice,
  clientId: number,
  spotlight: Spotlight | null,
): FollowChoice {
  const leftSpotlight = spotlight && !spotlight.locked ? spotlight.clientId : choice.leftSpotlight
  return { person: clientId, leftSpotlight }
}

/**
 * The choice once the session changed: a released spotlight forgets who broke away from it, so the
 * next spotlight catches everyone again. Returns the same object when nothing changes.
 */
export function reconcileChoice(choice: FollowChoice, spotlight: Spotlight | null): FollowChoice {
  if (spotlight || choice.leftSpotlight === null) return choice
  return { ...choice, leftSpotlight: null }
}
