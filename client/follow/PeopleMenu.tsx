/**
 * The people who do not fit in the header (on a phone, everyone but you), behind their count: a menu
 * that lists them by name, each a way to follow them.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Avatar } from '../presence/Avatars.tsx'
import type { Peer } from '../presence/peers.ts'
import type { AvatarFollowProps } from './useAvatarFollow.ts'
import './follow.css'

export function PeopleMenu({ peers, onFollow, followingId }: { peers: Peer[] } & AvatarFollowProps) {
  const { t } = useTranslation('follow')
  const id = useId()
  const others = peers.filter((peer) => !peer.isLocal)
  const label = t('morePeople', { count: peers.length })
  return (
    <>
      <button
        type="button"
        className="avatar avatar-more people-menu-button"
        popoverTarget={id}
        aria-label={label}
        title={label}
        data-testid="people-menu"
      >
        +{peers.length}
      </button>
      <div id={id} popover="auto" className="header-menu people-menu" data-testid="people-menu-panel">
        {others.map((peer) => (
          <button
            key={peer.clientId}
            type="button"
            className="button header-menu-item people-menu-item"
            aria-pressed={peer.clientId === followingId}
            onClick={() => {
              hidePopover(id)
              onFollow?.(peer)
            }}
            data-testid="follow-person"
            data-client-id={peer.clientId}
          >
            <Avatar peer={peer} small />
            <span>{t(peer.clientId === followingId ? 'following' : 'follow', { name: peer.name })}</span>
          </button>
        ))}
      </div>
    </>
  )
}

/** Closes a menu; a browser without popovers (or jsdom) never showed it as one. */
export function hidePopover(id: string): void {
  const panel = document.getElementById(id)
  if (panel && typeof panel.hidePopover === 'function') panel.hidePopover()
}
