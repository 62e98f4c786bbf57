/** The projector view: a board link that shows the board read-only, in large type, following the moderator. */
import type { Profile } from '../join/identity.ts'

/**
 * The profile a projector runs with. It asks nobody to join and publishes no presence (BoardRoom),
 * so this never reaches anyone; the board only needs a profile to open.
 */
export const PROJECTOR_PROFILE: Profile = { name: 'Projector', color: '#475569' }
