/**
 * The timeline under a replay: a slider over the snapshots (the arrow keys step through them, Home and
 * End go to either end), the phases as marks along it, play/pause, a step either way and the time.
 */
import { useTranslation } from 'react-i18next'
import type { ReplaySnapshotInfo } from '../../shared/replay/replayApi.ts'
import { phaseName } from '../debate/phaseNames.ts'
import { phaseMarks } from './timeline.ts'

interface ReplayBarProps {
  snapshots: ReplaySnapshotInfo[]
  index: number
  playing: boolean
  /** The moment shown, as the person reads times. */
  timeLabel: string
  onSelect(index: number): void
  onStep(by: number): void
  onTogglePlay(): void
}

export function ReplayBar(props: ReplayBarProps) {
  const { snapshots, index, playing, timeLabel, onSelect, onStep, onTogglePlay } = props
  const { t } = useTranslation('replay')
  const { t: tDebate } = useTranslation('debate')
  const last = snapshots.length - 1
  const position = t('position', { index: index + 1, total: snapshots.length })
  return (
    <div className="replay-bar" role="group" aria-label={t('timeline')} data-testid="replay-bar">
      <div className="replay-buttons">
        <button
          type="button"
          className="icon-button"
          onClick={() => onStep(-1)}
          disabled={index <= 0}
          aria-label={t('previous')}
          title={t('previous')}
          data-testid="replay-previous"
        >
          <span aria-hidden="true">‹</span>
        </button>
        <button
          type="button"
          className="button button-primary replay-play"
          onClick={onTogglePlay}
          aria-pressed={playing}
          disabled={snapshots.length < 2}
          data-testid="replay-play"
        >
          <span aria-hidden="true">{playing ? '‖' : '▶'}</span> {playing ? t('pause') : t('play')}
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => onStep(1)}
          disabled={index >= last}
          aria-label={t('next')}
          title={t('next')}
          data-testid="replay-next"
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <div className="replay-track">
        <input
          type="range"
          className="replay-slider"
          min={0}
          max={Math.max(last, 0)}
          step={1}
          value={index}
          onChange={(event) => onSelect(Number(event.target.value))}
          aria-label={t('timeline')}
          aria-valuetext={`${timeLabel} — ${position}`}
          data-testid="replay-slider"
        />
        <ol className="replay-marks" aria-label={t('phaseMarks')}>
          {phaseMarks(snapshots).map((mark) => (
            <li
              key={mark.index}
              style={{ left: `${mark.percent}%` }}
              className={`replay-mark replay-mark-${mark.align}`}
            >
              <button
                type="button"
                className={`replay-mark-button${mark.index === index ? ' replay-mark-current' : ''}`}
                onClick={() => onSelect(mark.index)}
                data-testid="replay-mark"
                data-phase-id={mark.phaseId}
              >
                {phaseName(tDebate, { id: mark.phaseId, name: mark.phaseName })}
              </button>
            </li>
          ))}
        </ol>
      </div>
      <p className="replay-time" data-testid="replay-time">
        <span>{timeLabel}</span> <span className="replay-position">{position}</span>
      </p>
    </div>
  )
}
