/**
 * Two panes side by side with a handle between them; the left pane's width is remembered. On a
 * phone-sized screen the panes take turns instead, with a switch at the bottom.
 */
import { useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNarrowScreen } from '../ui/useNarrowScreen.ts'
import { readStored, writeStored } from '../ui/storage.ts'
import { clampPaneWidth, DEFAULT_READER_WIDTH } from './paneWidth.ts'

const WIDTH_KEY = 'debate-board.reader-width'
const KEY_STEP = 24

function loadWidth(): number {
  const stored = Number(readStored(WIDTH_KEY))
  return clampPaneWidth(stored > 0 ? stored : DEFAULT_READER_WIDTH, window.innerWidth)
}

/** Which pane to bring forward on a narrow screen; a new nonce asks again. */
export interface PaneRequest {
  pane: 'left' | 'right'
  nonce: number
}

interface SplitProps {
  left: ReactNode
  right: ReactNode
  /** Brings a pane forward on a narrow screen (a card was made: show the board). */
  paneRequest?: PaneRequest
}

export function ResizableSplit(props: SplitProps) {
  const narrow = useNarrowScreen()
  return narrow ? <TakingTurns {...props} /> : <SideBySide {...props} />
}

function TakingTurns({ left, right, paneRequest }: SplitProps) {
  const { t } = useTranslation()
  const [shown, setShown] = useState<{ pane: 'left' | 'right'; seenNonce?: number }>({ pane: 'left' })
  // A new request adjusts the state during render (React's pattern for state that follows a prop).
  if (paneRequest && paneRequest.nonce !== shown.seenNonce) {
    setShown({ pane: paneRequest.pane, seenNonce: paneRequest.nonce })
  }
  const pane = paneRequest && paneRequest.nonce !== shown.seenNonce ? paneRequest.pane : shown.pane
  const setPane = (which: 'left' | 'right') => setShown({ pane: which, seenNonce: shown.seenNonce })
  const tab = (which: 'left' | 'right', label: string, testId: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={pane === which}
      className={`pane-switch-tab${pane === which ? ' pane-switch-active' : ''}`}
      onClick={() => setPane(which)}
      data-testid={testId}
    >
      {label}
    </button>
  )
  return (
    <div className="split split-narrow">
      <div className="split-panes">
        <div className={`split-left${pane === 'left' ? '' : ' split-resting'}`}>{left}</div>
        <div className={`split-right${pane === 'right' ? '' : ' split-resting'}`}>{right}</div>
      </div>
      <nav className="pane-switch" role="tablist" aria-label={t('board.panes')}>
        {tab('left', t('board.showArticle'), 'pane-switch-article')}
        {tab('right', t('board.showCanvas'), 'pane-switch-board')}
      </nav>
    </div>
  )
}

function SideBySide({ left, right }: SplitProps) {
  const { t } = useTranslation()
  const [width, setWidth] = useState(loadWidth)
  const resize = (next: number) => {
    const clamped = clampPaneWidth(next, window.innerWidth)
    setWidth(clamped)
    writeStored(WIDTH_KEY, String(Math.round(clamped)))
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault()
    const handle = event.currentTarget
    handle.setPointerCapture(event.pointerId)
    const startX = event.clientX
    const startWidth = width
    const onMove = (move: globalThis.PointerEvent) => resize(startWidth + move.clientX - startX)
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove)
      handle.removeEventListener('pointerup', onUp)
      handle.removeEventListener('pointercancel', onUp)
    }
    handle.addEventListener('pointermove', onMove)
    handle.addEventListener('pointerup', onUp)
    handle.addEventListener('pointercancel', onUp)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft') resize(width - KEY_STEP)
    else if (event.key === 'ArrowRight') resize(width + KEY_STEP)
    else return
    event.preventDefault()
  }
  return (
    <div className="split">
      <div className="split-left" style={{ width }}>
        {left}
      </div>
      <div
        className="split-handle"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('board.readerResize')}
        aria-valuenow={Math.round(width)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
        data-testid="reader-resize"
      />
      <div className="split-right">{right}</div>
    </div>
  )
}
