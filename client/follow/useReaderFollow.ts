/**
 * The reader side of following: publishes which article and paragraph this person reads, shows the
 * followed person's, and breaks away when the person scrolls or reads on their own.
 */
import { useEffect, useRef, useState, type RefObject } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { isTextEntry } from '../ui/isTextEntry.ts'
import { useFollow } from './FollowContext.ts'
import { FollowField, readLeader, type ReadingAt } from './followPresence.ts'
import { readReaderPosition, scrollReaderTo } from './readerPosition.ts'
import { throttleTrailing } from './throttle.ts'
import { useLeaderState } from './useLeaderState.ts'

const PUBLISH_MS = 50
/** Keys that scroll a pane; typed into a field they do not. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' '])

interface ReaderFollowOptions {
  /** The element around the reader pane. */
  columnRef: RefObject<HTMLElement | null>
  activeSourceId: string | undefined
  onActiveSourceChange(sourceId: string): void
}

/** Whether the reader is locked to the leader's position (a class on the column hides its scrollbar). */
export function useReaderFollow({ columnRef, activeSourceId, onActiveSourceChange }: ReaderFollowOptions) {
  const follow = useFollow()
  const awareness = follow?.awareness
  const publishing = follow !== null && !follow.projector
  usePublishReading(columnRef, publishing ? awareness : undefined, activeSourceId)

  const followed = useLeaderState(awareness, follow?.target?.clientId)?.readingAt
  const jump = useJumpReading(awareness, follow?.jump)
  const appliedJump = useRef<number>(undefined)
  useEffect(() => {
    const column = columnRef.current
    const pendingJump = jump && jump.nonce !== appliedJump.current ? jump : undefined
    const wanted = followed ?? pendingJump?.at
    if (!column || !wanted) return
    // Another article first; this runs again once it is shown, and then scrolls.
    if (wanted.sourceId !== activeSourceId) return onActiveSourceChange(wanted.sourceId)
    // A summon moves the reader once; the person is free to read on after it.
    if (scrollReaderTo(column, wanted) && pendingJump) appliedJump.current = pendingJump.nonce
  }, [followed, jump, activeSourceId, onActiveSourceChange, columnRef])

  const breakAway = follow?.breakAway
  const canBreakAway = follow?.target?.locked === false
  useEffect(() => {
    const column = columnRef.current
    if (!column || !breakAway || !canBreakAway) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key) && !isTextEntry(event.target)) breakAway()
    }
    // Input, not scroll events: the scrolls this hook makes itself must not count as the person's.
    const events = ['wheel', 'touchmove', 'pointerdown'] as const
    for (const type of events) column.addEventListener(type, breakAway, { passive: true })
    column.addEventListener('keydown', onKeyDown)
    return () => {
      for (const type of events) column.removeEventListener(type, breakAway)
      column.removeEventListener('keydown', onKeyDown)
    }
  }, [columnRef, breakAway, canBreakAway])

  return { locked: follow?.target?.locked === true }
}

/** Publishes the reading position when the pane scrolls and when the article changes. */
function usePublishReading(
  columnRef: RefObject<HTMLElement | null>,
  awareness: Awareness | undefined,
  activeSourceId: string | undefined,
) {
  useEffect(() => {
    const column = columnRef.current
    if (!column || !awareness) return
    const publish = throttleTrailing(() => {
      const position = readReaderPosition(column)
      if (position) awareness.setLocalStateField(FollowField.ReadingAt, position)
    }, PUBLISH_MS)
    publish()
    // Scroll events do not bubble; the column hears its pane's in the capture phase.
    column.addEventListener('scroll', publish, true)
    return () => {
      column.removeEventListener('scroll', publish, true)
      publish.cancel()
    }
  }, [columnRef, awareness, activeSourceId])
}

/** The summoner's reading position, read once per summon. */
function useJumpReading(
  awareness: Awareness | undefined,
  jump: { clientId: number; nonce: number } | undefined,
): { nonce: number; at: ReadingAt | undefined } | undefined {
  const [jumped, setJumped] = useState<{ nonce: number; at: ReadingAt | undefined }>()
  if (awareness && jump && jump.nonce !== jumped?.nonce) {
    const states = awareness.getStates() as Map<number, Record<string, unknown>>
    const next = { nonce: jump.nonce, at: readLeader(states, jump.clientId)?.readingAt }
    setJumped(next)
    return next
  }
  return jumped
}
