/** The floating Bull / Bear toolbar shown next to a text selection in the article. */
import { useTranslation } from 'react-i18next'
import { LIMITS, Stance } from '../../shared/board/schema.ts'

export interface SelectionToolbarProps {
  top: number
  left: number
  /**
   * Docked at the bottom of the reader instead of beside the selection: after a touch selection,
   * where neither the phone's own selection menu (above it) nor its handles (at its ends) cover it.
   */
  docked?: boolean
  tooLong: boolean
  onChoose(stance: Stance): void
}

/** The stances in toolbar order, with the key that chooses each (see ReaderPane's shortcuts). */
const STANCE_BUTTONS = [
  { stance: Stance.Bull, key: 'B' },
  { stance: Stance.Bear, key: 'N' },
] as const

export function SelectionToolbar({ top, left, docked, tooLong, onChoose }: SelectionToolbarProps) {
  const { t } = useTranslation('reader')
  return (
    <div
      className={`reader-toolbar${docked ? ' reader-toolbar--docked' : ''}`}
      role="toolbar"
      aria-label={t('toolbarLabel')}
      data-testid="selection-toolbar"
      data-docked={docked ? 'true' : undefined}
      style={docked ? undefined : { top, left }}
      // Pressing a button must not collapse the selection it acts on.
      onMouseDown={(event) => event.preventDefault()}
    >
      {STANCE_BUTTONS.map(({ stance, key }) => (
        <button
          key={stance}
          type="button"
          className={`reader-toolbar-button reader-toolbar-button--${stance}`}
          data-testid={`selection-${stance}`}
          title={t(stance === Stance.Bull ? 'createBull' : 'createBear')}
          disabled={tooLong}
          onClick={() => onChoose(stance)}
        >
          <TrendIcon rising={stance === Stance.Bull} />
          {t(stance)}
          {!docked && <kbd className="reader-toolbar-key">{key}</kbd>}
        </button>
      ))}
      {tooLong && (
        <span className="reader-toolbar-note" role="status">
          {t('selectionTooLong', { max: LIMITS.quoteLength })}
        </span>
      )}
    </div>
  )
}

function TrendIcon({ rising }: { rising: boolean }) {
  const points = rising ? '1,12 6,7 9,10 15,3' : '1,4 6,9 9,6 15,13'
  const arrow = rising ? '10,3 15,3 15,8' : '10,13 15,13 15,8'
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <polyline points={arrow} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  )
}
