/**
 * The state of an open replay: the timeline (loading, ready or failed), the snapshot shown, the board
 * at that snapshot (fetched once per snapshot, kept), and playback.
 */
import { useCallback, useEffect, useState } from 'react'
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
  const [playRequested, setPlayRequested] = useState(false)
  // Tries of the timeline and of the moment shown: a retry asks again for what failed only.
  const [listAttempt, setListAttempt] = useState(0)
  const [boardAttempt, setBoardAttempt] = useState(0)
  const length = timeline.status === 'ready' ? timeline.snapshots.length : 0

  useEffect(() => {
    let live = true
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
  }, [boardId, token, listAttempt])

  const seq = timeline.status === 'ready' ? timeline.snapshots[index]?.seq : undefined
  const shown = useShownBoard(boardId, token, seq, boardAttempt)

  // Playback stops by itself at the newest moment, and moves on only once the moment shown has loaded.
  const playing = playRequested && index < length - 1
  const ready = shown.status === 'ready'
  useEffect(() => {
    if (!playing || !ready) return
    const timer = setTimeout(() => setIndex((current) => stepIndex(current, 1, length)), PLAY_STEP_MS)
    return () => clearTimeout(timer)
  }, [playing, ready, index, length])

  const select = useCallback((next: number) => setIndex(stepIndex(next, 0, length)), [length])
  const step = useCallback((by: number) => setIndex((current) => stepIndex(current, by, length)), [length])
  const togglePlay = useCallback(() => {
    // Play from the start when the newest moment is shown, as a video player does.
    if (!playing && index >= length - 1) setIndex(0)
    setPlayRequested(!playing)
  }, [playing, index, length])
  const timelineFailed = timeline.status === 'error'
  const reload = useCallback(() => {
    if (!timelineFailed) return setBoardAttempt((n) => n + 1)
    setTimeline({ status: 'loading' })
    setListAttempt((n) => n + 1)
  }, [timelineFailed])
  return { timeline, index, shown, playing, select, step, togglePlay, reload }
}

/** The board at snapshot `seq`, fetched once and kept while the replay is open. */
function useShownBoard(
  boardId: string,
  token: string | undefined,
  seq: number | undefined,
  attempt: number,
): ShownBoard {
  const [boards, setBoards] = useState<ReadonlyMap<number, ReplayBoard>>(new Map())
  const [latest, setLatest] = useState<ReplayBoard>()
  const [failure, setFailure] = useState<{ seq: number; attempt: number; error: unknown }>()
  const known = seq !== undefined && boards.has(seq)
  useEffect(() => {
    if (seq === undefined || known) return
    let live = true
    fetchReplayBoard(boardId, token, seq).then(
      (board) => {
        setBoards((current) => new Map(current).set(seq, board))
        if (live) setLatest(board)
      },
      (error: unknown) => live && setFailure({ seq, attempt, error }),
    )
    return () => {
      live = false
    }
  }, [boardId, token, seq, known, attempt])
  if (seq !== undefined && boards.has(seq)) return { status: 'ready', board: boards.get(seq)! }
  if (failure && failure.seq === seq && failure.attempt === attempt)
    return { status: 'error', error: failure.error }
  return { status: 'loading', previous: latest }
}
