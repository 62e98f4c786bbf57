/** The follow state machine of one open board: the person's choice, the session's spotlight and summons. */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react'
import type { Summon } from '../../shared/debate/session.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { useSessionState } from '../debate/useDebate.ts'
import { isTextEntry } from '../ui/isTextEntry.ts'
import type { FollowController, FollowJump } from './FollowContext.ts'
import {
  breakAway,
  choosePerson,
  followTargetOf,
  NO_CHOICE,
  reconcileChoice,
  type FollowChoice,
} from './followTarget.ts'
import { stepSummon } from './summon.ts'
import { useModeratorId, usePresentIds } from './useLeaderState.ts'

interface FollowOptions {
  provider: BoardProvider
  projector: boolean
}

/** Whom this client follows and why, and the ways to change it; a person who left is followed no more. */
export function useFollowController({ provider, projector }: FollowOptions): FollowController {
  const { awareness } = provider
  const localId = awareness.clientID
  const { spotlight, summon } = useSessionState(provider)
  const moderatorId = useModeratorId(awareness, projector)
  const [storedChoice, setChoice] = useState<FollowChoice>(NO_CHOICE)
  const choice = reconcileChoice(storedChoice, spotlight)
  // A released spotlight is forgotten for good, so that the next one catches this person again.
  if (choice !== storedChoice) setChoice(choice)
  const presentIds = usePresentIds(awareness)
  const present = useMemo(() => new Set(presentIds), [presentIds])
  const target = useMemo(
    () =>
      followTargetOf(choice, {
        localId,
        projector,
        spotlight,
        moderatorId,
        isPresent: (id) => present.has(id),
      }),
    [choice, localId, projector, spotlight, moderatorId, present],
  )
  const jump = useSummonJump(summon, localId, setChoice)

  const onBreakAway = useCallback(() => setChoice((current) => breakAway(current, target)), [target])
  useEscapeBreaksAway(target !== null && !target.locked, onBreakAway)

  return useMemo(
    () => ({
      awareness,
      target,
      jump,
      projector,
      spotlight,
      follow: (clientId: number) => setChoice((current) => choosePerson(current, clientId, spotlight)),
      breakAway: onBreakAway,
      rejoin: () => setChoice(NO_CHOICE),
    }),
    [awareness, target, jump, projector, spotlight, onBreakAway],
  )
}

/** A jump each time the session's summon grows past the last one seen. */
function useSummonJump(
  summon: Summon | null,
  localId: number,
  setChoice: Dispatch<SetStateAction<FollowChoice>>,
): FollowJump | undefined {
  const lastSeq = useRef<number>(undefined)
  const [jump, setJump] = useState<FollowJump>()
  useEffect(() => {
    const step = stepSummon(lastSeq.current, summon, localId)
    lastSeq.current = step.lastSeq
    const { jumpTo } = step
    if (jumpTo === null) return
    // A summon is a place to go, not someone to keep following.
    setChoice((current) => ({ ...current, person: null }))
    setJump((last) => ({ clientId: jumpTo, nonce: (last?.nonce ?? 0) + 1 }))
  }, [summon, localId, setChoice])
  return jump
}

/**
 * Escape stops following, unless it closes something first (a dialog, a menu) or leaves a text field.
 * NOTE: not `defaultPrevented`: the canvas takes every Escape to clear its selection, which is no reason
 * to keep following.
 */
function useEscapeBreaksAway(active: boolean, onBreakAway: () => void) {
  useEffect(() => {
    if (!active) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || isTextEntry(event.target)) return
      if (isOverlayOpen()) return
      onBreakAway()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [active, onBreakAway])
}

/** Whether a dialog or a popover is open: its Escape closes it and means nothing else. */
function isOverlayOpen(): boolean {
  if (document.querySelector('dialog[open]')) return true
  return Array.from(document.querySelectorAll('[popover]')).some((element) => {
    try {
      return element.matches(':popover-open')
    } catch {
      // A browser without popovers has none open.
      return false
    }
  })
}
