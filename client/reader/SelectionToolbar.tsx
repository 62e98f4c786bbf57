/** The floating Bull / Bear toolbar shown next to a text selection in the article. */
import { useTranslation } from 'react-i18next'
import { LIMITS, Stance } from '../../shared/board/schema.ts'
import { useRefusalNote } from '../drafting/useRefusalNote.tsx'

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
  /** Why a stance cannot be chosen now (the debate's phase rules), by stance. */
  refusals?: Partial<Record<Stance, string>>
  /** Stances not offered at all: the rules fix the participant's side. */
  hidden?: readonly Stance[]
}

/** The stances in toolbar order, with the key that chooses each (see ReaderPane's shortcuts). */
const STANCE_BUTTONS = [
  { stance: Stance.Bull, key: 'B' },
  { stance: Stance.Bear, key: 'N' },
] as const

export function SelectionToolbar(props: SelectionToolbarProps) {
  const { top, left, docked, tooLong, refusals, hidden = [] } = props
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
      {STANCE_BUTTONS.filter(({ stance }) => !hidden.includes(stance)).map(({ stance, key }) => (
        <StanceButton
          key={stance}
          stance={stance}
          shortcut={docked ? undefined : key}
          tooLong={tooLong}
          refusal={refusals?.[stance]}
          onChoose={props.onChoose}
        />
      ))}
      {tooLong && (
        <span className="reader-toolbar-note" role="status">
          {t('selectionTooLong', { max: LIMITS.quoteLength })}
        </span>
      )}
    </div>
  )
}

interface StanceButtonProps {
  stance: Stance
  shortcut: string | undefined
  tooLong: boolean
  refusal: string | undefined
  onChoose(stance: Stance): void
}

/** One stance's button; refused by the phase's rules, it stays in view and says why. */
function StanceButton({ stance, shortcut, tooLong, refusal, onChoose }: StanceButtonProps) {
  const { t } = useTranslation('reader')
  const { controlProps, note } = useRefusalNote(refusal)
  return (
    <>
      <button
        type="button"
        className={`reader-toolbar-button reader-toolbar-button--${stance}`}
        data-testid={`selection-${stance}`}
        title={t(stance === Stance.Bull ? 'createBull' : 'createBear')}
        disabled={tooLong}
        {...controlProps}
        onClick={() => {
          if (!refusal) onChoose(stance)
        }}
      >
        <TrendIcon rising={stance === Stance.Bull} />
        {t(stance)}
        {shortcut && <kbd className="reader-toolbar-key">{shortcut}</kbd>}
      </button>
      {note}
    </>
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
