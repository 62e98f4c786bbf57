/** Two panes side by side with a handle between them; the left pane's width is remembered. */
import { useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { readStored, writeStored } from '../ui/storage.ts'
import { clampPaneWidth, DEFAULT_READER_WIDTH } from './paneWidth.ts'

const WIDTH_KEY = 'debate-board.reader-width'
const KEY_STEP = 24

function loadWidth(): number {
  const stored = Number(readStored(WIDTH_KEY))
  return clampPaneWidth(stored > 0 ? stored : DEFAULT_READER_WIDTH, window.innerWidth)
}

export function ResizableSplit({ left, right }: { left: ReactNode; right: ReactNode }) {
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
