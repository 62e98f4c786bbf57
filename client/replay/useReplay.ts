/**
 * The state of an open replay: the timeline (loading, ready or failed), the snapshot shown, the board
 * at that snapshot (fetched once per snapshot, kept), and playback.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReplayBoard, ReplaySnapshotInfo } from '../../shared/replay/replayApi.ts'
import { fetchReplayBoard, fetchReplayList } from './replayRequests.ts'
import { stepIndex } from './timeline.ts'

/** How long playback shows each snapshot. */
export const PLAY_STEP_MS = 1_500

export type TimelineState =
  | { status: 'loading' }
  | { status: 'ready'; snapshots: ReplaySnapshotInfo[] }
  | { status: 'error'; error: unknown }

export type ShownBoard =
  | { status: 'loading'; previous: ReplayBoard | undefined }
  | { status: 'ready'; board: ReplayBoard }
  | { status: 'error'; error: unknown }

export interface Replay {
  timeline: TimelineState
  index: number
  shown: ShownBoard
  playing: boolean
  select(index: number): void
  step(by: number): void
  togglePlay(): void
  reload(): void
}

export function useReplay(boardId: string, token: string | undefined): Replay {
  const [timeline, setTimeline] = useState<TimelineState>({ status: 'loading' })
  const [index, setIndex] = useState(0)
  const [playing, setPlaying] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const length = timeline.status === 'ready' ? timeline.snapshots.length : 0

  useEffect(() => {
    let live = true
    setTimeline({ status: 'loading' })
    fetchReplayList(boardId, token).then(
      (snapshots) => {
        if (!live) return
        setTimeline({ status: 'ready', snapshots })
        // The newest moment first: the one closest to the live board.
        setIndex(Math.max(snapshots.length - 1, 0))
      },
      (error: unknown) => live && setTimeline({ status: 'error', error }),
    )
    return () => {
      live = false
    }
  }, [boardId, token, attempt])

  const seq = timeline.status === 'ready' ? timeline.snapshots[index]?.seq : undefined
  const shown = useShownBoard(boardId, token, seq, attempt)

  // Playback moves on once the moment shown has loaded, and stops at the newest.
  const ready = shown.status === 'ready'
  useEffect(() => {
    if (!playing || !ready) return
    if (index >= length - 1) {
      setPlaying(false)
      return
    }
    const timer = setTimeout(() => setIndex((current) => stepIndex(current, 1, length)), PLAY_STEP_MS)
    return () => clearTimeout(timer)
  }, [playing, ready, index, length])

  const select = useCallback((next: number) => setIndex(stepIndex(next, 0, length)), [length])
  const step = useCallback((by: number) => setIndex((current) => stepIndex(current, by, length)), [length])
  const togglePlay = useCallback(() => {
    // Play from the start when the newest moment is shown, as a video player does.
    if (!playing && index >= length - 1) setIndex(0)
    setPlaying(!playing)
  }, [playing, index, length])
  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { timeline, index, shown, playing, select, step, togglePlay, reload }
}

/** The board at snapshot `seq`, fetched once and kept while the replay is open. */
function useShownBoard(
  boardId: string,
  token: string | undefined,
  seq: number | undefined,
  attempt: number,
): ShownBoard {
  const cache = useRef(new Map<number, ReplayBoard>())
  const last = useRef<ReplayBoard>(undefined)
  const [shown, setShown] = useState<ShownBoard>({ status: 'loading', previous: undefined })
  useEffect(() => {
    if (seq === undefined) return
    const cached = cache.current.get(seq)
    if (cached) {
      last.current = cached
      setShown({ status: 'ready', board: cached })
      return
    }
    let live = true
    setShown({ status: 'loading', previous: last.current })
    fetchReplayBoard(boardId, token, seq).then(
      (board) => {
        cache.current.set(seq, board)
        if (!live) return
        last.current = board
        setShown({ status: 'ready', board })
      },
      (error: unknown) => live && setShown({ status: 'error', error }),
    )
    return () => {
      live = false
    }
  }, [boardId, token, seq, attempt])
  return shown
}
