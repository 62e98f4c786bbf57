import { useTranslation } from 'react-i18next'
import type { AvatarFollowProps } from '../follow/useAvatarFollow.ts'
import { PeopleMenu } from '../follow/PeopleMenu.tsx'
import { displayName, type Peer } from './peers.ts'
import './presence.css'

const TEAM_MARK = { bull: '▲', bear: '▼', observer: '◉' } as const
const MAX_SHOWN = 6

/** The first letter of a name, whole characters only (so CJK and emoji stay intact). */
export function initialOf(name: string): string {
  return (Array.from(name.trim())[0] ?? '?').toUpperCase()
}

interface AvatarProps {
  peer: Peer
  small?: boolean
  /** What clicking it does, added to its tooltip. */
  hint?: string
}

/** One person: a coloured disc with their initial and a mark of their team. */
export function Avatar({ peer, small, hint }: AvatarProps) {
  const { t } = useTranslation()
  const name = displayName(peer, (team) => t(`team.${team}`))
  const who = `${peer.isLocal ? t('board.you', { name }) : name} — ${t(`team.${peer.team}`)}`
  const label = hint ? `${who} — ${hint}` : who
  return (
    <span
      className={`avatar${small ? ' avatar-small' : ''} avatar-team-${peer.team}`}
      style={{ background: peer.color }}
      title={label}
      aria-label={label}
      role="img"
      data-testid={small ? 'reader-avatar' : 'avatar'}
      data-team={peer.team}
    >
      {peer.name ? initialOf(peer.name) : TEAM_MARK[peer.team]}
      {!small && <span className="avatar-team">{TEAM_MARK[peer.team]}</span>}
    </span>
  )
}

interface AvatarsProps extends AvatarFollowProps {
  peers: Peer[]
  /** Opens this person's own profile; their avatar becomes a button. */
  onEditSelf?(): void
  /** How many avatars to show before a count of the rest (six by default; fewer on a phone). */
  maxShown?: number
}

/** Who is on the board now, with a count when there are more than fit. */
export function Avatars({ peers, onEditSelf, maxShown = MAX_SHOWN, ...follow }: AvatarsProps) {
  const { t } = useTranslation()
  const shown = peers.slice(0, maxShown)
  return (
    <div className="avatars" aria-label={t('board.people', { count: peers.length })} data-testid="avatars">
      {shown.map((peer) =>
        peer.isLocal && onEditSelf ? (
          // The button takes its accessible name from the avatar's label, so it says who and what it does.
          <button
            key={peer.clientId}
            type="button"
            className="avatar-button"
            onClick={onEditSelf}
            data-testid="edit-profile"
          >
            <Avatar peer={peer} hint={t('profile.open')} />
          </button>
        ) : !peer.isLocal && follow.onFollow ? (
          <button
            key={peer.clientId}
            type="button"
            className={`avatar-button${peer.clientId === follow.followingId ? ' avatar-following' : ''}`}
            onClick={() => follow.onFollow?.(peer)}
            aria-pressed={peer.clientId === follow.followingId}
            data-testid="follow-avatar"
            data-client-id={peer.clientId}
          >
            <Avatar peer={peer} hint={follow.followHint?.(peer)} />
          </button>
        ) : (
          <Avatar key={peer.clientId} peer={peer} />
        ),
      )}
      {peers.length > maxShown &&
        (follow.onFollow ? (
          <PeopleMenu peers={peers.slice(maxShown)} {...follow} />
        ) : (
          <span className="avatar avatar-more">+{peers.length - maxShown}</span>
        ))}
    </div>
  )
}
