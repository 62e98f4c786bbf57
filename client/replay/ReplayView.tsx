/**
 * An open replay in place of the live workspace: a banner saying which moment is shown ("Replay —
 * <time>, <phase>") with the way back to live, the board of that moment read-only, and the timeline.
 * Loading, empty and failed states each say so.
 */
import { useTranslation } from 'react-i18next'
import type { ReplaySnapshotInfo } from '../../shared/replay/replayApi.ts'
import { phaseName } from '../debate/phaseNames.ts'
import { describeError } from '../ui/errorMessage.ts'
import { ReplayBar } from './ReplayBar.tsx'
import { ReplayCanvas } from './ReplayCanvas.tsx'
import { phaseAt } from './timeline.ts'
import { useReplay, type Replay } from './useReplay.ts'
import './replay.css'

interface ReplayViewProps {
  boardId: string
  /** The token this board was opened with (any role's reads the replay). */
  token: string | undefined
  onClose(): void
}

export function ReplayView({ boardId, token, onClose }: ReplayViewProps) {
  const replay = useReplay(boardId, token)
  const { timeline } = replay
  return (
    <section className="replay-view" data-testid="replay-view" aria-labelledby="replay-banner-text">
      {timeline.status === 'ready' && timeline.snapshots.length > 0 ? (
        <ReplayTimeline replay={replay} snapshots={timeline.snapshots} onClose={onClose} />
      ) : (
        <>
          <ReplayBanner text={undefined} onClose={onClose} />
          <ReplayState replay={replay} />
        </>
      )}
    </section>
  )
}

function ReplayTimeline({
  replay,
  snapshots,
  onClose,
}: {
  replay: Replay
  snapshots: ReplaySnapshotInfo[]
  onClose(): void
}) {
  const { t, i18n } = useTranslation('replay')
  const { t: tDebate } = useTranslation('debate')
  const { index, shown } = replay
  const time = formatMoment(snapshots[index]!.at, i18n.language)
  const phase = phaseAt(snapshots, index)
  const text = phase
    ? t('banner', { time, phase: phaseName(tDebate, { id: phase.phaseId, name: phase.phaseName }) })
    : t('bannerNoPhase', { time })
  const board =
    shown.status === 'ready' ? shown.board : shown.status === 'loading' ? shown.previous : undefined
  return (
    <>
      <ReplayBanner text={text} onClose={onClose} />
      <div className="replay-stage" aria-busy={shown.status === 'loading'}>
        {board && <ReplayCanvas board={board} />}
        {shown.status === 'loading' && (
          <p className="replay-status replay-status-floating" role="status" data-testid="replay-loading">
            {t('loadingSnapshot')}
          </p>
        )}
        {shown.status === 'error' && <ReplayError error={shown.error} onRetry={replay.reload} />}
      </div>
      <ReplayBar
        snapshots={snapshots}
        index={index}
        playing={replay.playing}
        timeLabel={time}
        onSelect={replay.select}
        onStep={replay.step}
        onTogglePlay={replay.togglePlay}
      />
    </>
  )
}

/** The label that says this is not the live board, and the way back to it. */
function ReplayBanner({ text, onClose }: { text: string | undefined; onClose(): void }) {
  const { t } = useTranslation('replay')
  return (
    <div className="replay-banner" data-testid="replay-banner">
      <div className="replay-banner-texts">
        <strong id="replay-banner-text" role="status" data-testid="replay-label">
          {text ?? t('title')}
        </strong>
        <span className="replay-banner-note">{t('readOnly')}</span>
      </div>
      <button type="button" className="button button-primary" onClick={onClose} data-testid="replay-back">
        {t('backToLive')}
      </button>
    </div>
  )
}

/** Loading, empty or failed: whatever stands where the timeline will be. */
function ReplayState({ replay }: { replay: Replay }) {
  const { t } = useTranslation('replay')
  const { timeline } = replay
  if (timeline.status === 'error') return <ReplayError error={timeline.error} onRetry={replay.reload} />
  const loading = timeline.status === 'loading'
  return (
    <p
      className="replay-status"
      role="status"
      aria-busy={loading}
      data-testid={loading ? 'replay-loading' : 'replay-empty'}
    >
      {loading ? t('loading') : t('empty')}
    </p>
  )
}

function ReplayError({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation('replay')
  const { t: tCommon } = useTranslation()
  return (
    <div className="replay-status replay-error" role="alert" data-testid="replay-error">
      <p>{t('failed', { reason: describeError(tCommon, error) })}</p>
      <button type="button" className="button" onClick={onRetry} data-testid="replay-retry">
        {tCommon('common.retry')}
      </button>
    </div>
  )
}

/** A snapshot's time as the person reads times: the day, then hours, minutes and seconds. */
function formatMoment(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(at)
}
