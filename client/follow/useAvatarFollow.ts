/** The header's avatars as a way to follow someone: their button, its hint, and the ring of whom you follow. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Peer } from '../presence/peers.ts'
import type { FollowController } from './FollowContext.ts'
import { FollowReason } from './followTarget.ts'

/** Following from the avatars: others' avatars become buttons that follow them. */
export interface AvatarFollowProps {
  /** Follows another person's view. */
  onFollow?(peer: Peer): void
  /** Whose view this person follows, ringed. */
  followingId?: number
  /** The hint of an avatar that follows, e.g. "Follow Ana". */
  followHint?(peer: Peer): string
}

/** Avatar props that follow a person; none while a locked view or a projector forbids choosing. */
export function useAvatarFollow(follow: FollowController): AvatarFollowProps {
  const { t } = useTranslation('follow')
  const { target, projector } = follow
  const { breakAway } = follow
  const follows = follow.follow
  return useMemo(() => {
    if (projector || target?.locked) return {}
    const followingId = target?.reason === FollowReason.Person ? target.clientId : undefined
    return {
      // The avatar of the person followed is pressed: pressing it again stops.
      onFollow: (peer) => (peer.clientId === followingId ? breakAway() : follows(peer.clientId)),
      followingId,
      followHint: (peer) => t('follow', { name: peer.name }),
    }
  }, [projector, target, follows, breakAway, t])
}
