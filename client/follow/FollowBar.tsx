/**
 * The strip under the header that says whom the view follows and how to stop: following a person,
 * a moderator presenting (locked or not, joined or left), or the moderator's own "you are presenting".
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { FacilitationAction } from '../../shared/debate/facilitation.ts'
import { displayName, type Peer } from '../presence/peers.ts'
import { describeError } from '../ui/errorMessage.ts'
import { useNarrowScreen } from '../ui/useNarrowScreen.ts'
import { useToast } from '../ui/ToastProvider.tsx'
import { useFollow, type FollowJump } from './FollowContext.ts'
import { FollowReason } from './followTarget.ts'
import './follow.css'

interface FollowBarProps {
  peers: Peer[]
  /** Sends a moderator action; only the moderator's own bar uses it. */
  facilitate(action: FacilitationAction): Promise<void>
}

export function FollowBar({ peers, facilitate }: FollowBarProps) {
  const follow = useFollow()
  const { t } = useTranslation('follow')
  const narrow = useNarrowScreen()
  // Only a moderator presents (the server checks it), so an unnamed presenter is the moderator.
  const nameOf = (clientId: number | undefined) => nameIn(peers, clientId) ?? t('theModerator')
  const personName = (clientId: number | undefined) => {
    const peer = peers.find((candidate) => candidate.clientId === clientId)
    return peer ? displayName(peer, (team) => t(`team.${team}`, { ns: 'translation' })) : t('theModerator')
  }
  useSummonNotice(follow?.jump, peers)
  if (!follow) return null
  if (follow.projector)
    return follow.target ? null : (
      <p className="projector-waiting" role="status" data-testid="projector-waiting">
        {t('projectorWaiting')}
      </p>
    )
  const { target, spotlight } = follow
  const localId = follow.awareness.clientID
  if (spotlight?.clientId === localId)
    return <PresentingBar locked={spotlight.locked} facilitate={facilitate} short={narrow} />
  if (target?.reason === FollowReason.Person) {
    return (
      <Bar kind="person" text={t('following', { name: personName(target.clientId) })}>
        <button
          type="button"
          className="button"
          onClick={follow.breakAway}
          title={t('stopHint')}
          data-testid="follow-stop"
        >
          {t('stop')}
        </button>
      </Bar>
    )
  }
  if (target?.locked) return <Bar kind="locked" text={t('presenterLocked')} hint={t('presenterLockedHint')} />
  if (target) {
    const name = nameOf(target.clientId)
    // A phone has room for the name and the button only; the whole sentence is the tooltip.
    return (
      <Bar
        kind="spotlight"
        text={t(narrow ? 'presenterLeft' : 'presenterFollowing', { name })}
        hint={t('presenterFollowing', { name })}
      >
        <button
          type="button"
          className="button"
          onClick={follow.breakAway}
          title={t('stopHint')}
          data-testid="follow-stop"
        >
          {t('stop')}
        </button>
      </Bar>
    )
  }
  if (!spotlight) return null
  return (
    <Bar kind="left" text={t('presenterLeft', { name: nameOf(spotlight.clientId) })}>
      <button
        type="button"
        className="button button-primary"
        onClick={follow.rejoin}
        data-testid="follow-rejoin"
      >
        {t('rejoin')}
      </button>
    </Bar>
  )
}

interface BarProps {
  kind: 'person' | 'spotlight' | 'locked' | 'left' | 'presenting'
  text: string
  hint?: string
  children?: ReactNode
}

function Bar({ kind, text, hint, children }: BarProps) {
  return (
    <div className={`follow-bar follow-bar-${kind}`} role="status" data-testid="follow-bar" data-kind={kind}>
      <span className="follow-bar-icon" aria-hidden="true">
        {kind === 'locked' ? <LockIcon /> : '◉'}
      </span>
      <span className="follow-bar-text" title={hint}>
        {text}
      </span>
      {children && <span className="follow-bar-actions">{children}</span>}
    </div>
  )
}

/** A padlock, drawn: not every system has an emoji font (a projector's browser often has none). */
function LockIcon() {
  return (
    <svg width="14" height="16" viewBox="0 0 14 16">
      <path d="M3.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <rect x="1" y="7" width="12" height="8.5" rx="1.5" fill="currentColor" />
    </svg>
  )
}

/** The moderator's own bar while everyone follows them: lock or unlock their views, or stop. */
function PresentingBar({
  locked,
  facilitate,
  short,
}: { locked: boolean; short: boolean } & Pick<FollowBarProps, 'facilitate'>) {
  const { t } = useTranslation('follow')
  const run = useFacilitate(facilitate)
  const follow = useFollow()!
  const clientId = follow.awareness.clientID
  // The box shows the choice at once; the session confirms it a moment later, or a toast says why not.
  const [wanted, setWanted] = useState<boolean>()
  const lock = (next: boolean) => {
    setWanted(next)
    void run({ type: 'spotlight', clientId, locked: next }).finally(() => setWanted(undefined))
  }
  return (
    <Bar kind="presenting" text={t(short ? 'youPresentShort' : 'youPresent')} hint={t('youPresent')}>
      <label className="follow-bar-toggle">
        <input
          type="checkbox"
          checked={wanted ?? locked}
          onChange={(event) => lock(event.target.checked)}
          data-testid="spotlight-lock"
        />
        <span title={t('lockViews')}>{t(short ? 'lockShort' : 'lockViews')}</span>
      </label>
      <button
        type="button"
        className="button"
        onClick={() => run({ type: 'spotlight', clientId: null })}
        data-testid="spotlight-stop"
      >
        {t(short ? 'stopPresentingShort' : 'stopPresenting')}
      </button>
    </Bar>
  )
}

/** Sends a moderator action and shows a refusal as a toast; `onDone` runs once it was applied. */
export function useFacilitate(facilitate: FollowBarProps['facilitate']) {
  const { t } = useTranslation()
  const showToast = useToast()
  return (action: FacilitationAction, onDone?: () => void) =>
    facilitate(action).then(onDone, (error: unknown) => showToast(describeError(t, error)))
}

/** A peer's name; undefined when unknown or hidden (an anonymous board strips peers' names). */
const nameIn = (peers: Peer[], clientId: number | undefined) =>
  peers.find((peer) => peer.clientId === clientId)?.name || undefined

/** Tells a participant who brought everyone to their view, once per summon. */
function useSummonNotice(jump: FollowJump | undefined, peers: Peer[]) {
  const { t } = useTranslation('follow')
  const showToast = useToast()
  const shown = useRef<number>(undefined)
  useEffect(() => {
    if (!jump || shown.current === jump.nonce) return
    shown.current = jump.nonce
    showToast(t('summoned', { name: nameIn(peers, jump.clientId) ?? t('theModerator') }))
  }, [jump, peers, showToast, t])
}
